/*
 * sched.c: blocking. There is one program thread, so "blocking" means
 * halting the CPU with interrupts open until a timer, a device or a signal
 * changes something. Callers re-check their condition after every wake-up.
 */
#include "defs.h"
#include "platform.h"
#include "x86.h"

static struct ktimer wake_timer; /* fire == NULL: only ends the hlt */

void wait_event(void)
{
	irq_enable_halt();
	irq_disable();
}

int sleep_until(uint64_t deadline, bool interruptible)
{
	for (;;) {
		if (time_monotonic() >= deadline)
			return 0;
		if (interruptible && signal_pending())
			return -EINTR;
		ktimer_arm(&wake_timer, deadline);
		wait_event();
		ktimer_cancel(&wake_timer);
	}
}
