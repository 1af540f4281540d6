/*
 * uart.c: 16550 serial ports. COM1 carries the program's stdin/stdout and
 * COM2 its stderr and the kernel log (halvm-run wires them to its own
 * stdout and stderr). COM2 is optional: without it everything goes to COM1.
 */
#include "defs.h"
#include "x86.h"
#include "qemu.h"

#define COM1 0x3f8
#define COM2 0x2f8
#define LSR 5
#define LSR_DR 0x01
#define LSR_THRE 0x20

static bool com2_present;

static bool uart_probe(uint16_t base)
{
	outb(base + 7, 0x5a); /* scratch register */
	return inb(base + 7) == 0x5a;
}

static void uart_setup(uint16_t base)
{
	outb(base + 1, 0x00); /* no interrupts */
	outb(base + 3, 0x80); /* DLAB */
	outb(base + 0, 0x01); /* 115200 baud */
	outb(base + 1, 0x00);
	outb(base + 3, 0x03); /* 8N1 */
	/* FCR is left alone: changing it resets the FIFOs, losing input that arrived before boot. */
	outb(base + 4, 0x03); /* DTR RTS */
}

void uart_init(void)
{
	uart_setup(COM1);
	com2_present = uart_probe(COM2);
	if (com2_present)
		uart_setup(COM2);
}

static void uart_write(uint16_t base, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		while (!(inb(base + LSR) & LSR_THRE))
			;
		outb(base, s[i]);
	}
}

void uart_console_write(int stream, const char *buf, size_t n)
{
	uart_write(stream == 2 && com2_present ? COM2 : COM1, buf, n);
}

void uart_log_write(const char *buf, size_t n) { uart_write(com2_present ? COM2 : COM1, buf, n); }

void uart_poll(void)
{
	char buf[64];
	size_t n = 0;
	while (n < sizeof(buf) && (inb(COM1 + LSR) & LSR_DR))
		buf[n++] = inb(COM1);
	if (n)
		console_input(buf, n);
}
