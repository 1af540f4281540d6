/*
 * time.c: clocks and kernel timers. The kernel is tickless: ktimers sit in a
 * list sorted by deadline and the platform's one-shot timer is armed for the
 * earliest. Kernel code always runs with interrupts disabled (only
 * wait_event() opens them), so the list needs no further locking.
 */
#include "defs.h"
#include "platform.h"

static struct ktimer *timers; /* sorted by deadline */

uint64_t time_monotonic(void) { return platform->clock_ns(); }
uint64_t time_realtime(void) { return platform->wallclock_base_ns() + platform->clock_ns(); }

static void program_hw(void) { platform->timer_arm(timers ? timers->deadline : 0); }

static void unlink_timer(struct ktimer *t)
{
	for (struct ktimer **p = &timers; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	t->next = 0;
}

void ktimer_arm(struct ktimer *t, uint64_t deadline)
{
	unlink_timer(t);
	t->deadline = deadline ? deadline : 1;
	struct ktimer **p = &timers;
	while (*p && (*p)->deadline <= t->deadline)
		p = &(*p)->next;
	t->next = *p;
	*p = t;
	if (timers == t)
		program_hw();
}

void ktimer_cancel(struct ktimer *t)
{
	bool head = timers == t;
	unlink_timer(t);
	t->deadline = 0;
	if (head)
		program_hw();
}

void time_interrupt(void)
{
	uint64_t now = time_monotonic();
	while (timers && timers->deadline <= now) {
		struct ktimer *t = timers;
		timers = t->next;
		t->next = 0;
		t->deadline = 0;
		if (t->fire)
			t->fire(t); /* may re-arm itself */
	}
	program_hw();
}
