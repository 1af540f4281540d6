/* qemu.h: prototypes shared by the files of the plain QEMU/KVM platform (kernel/qemu/). */
#ifndef HALVM_QEMU_H
#define HALVM_QEMU_H

#include <stdbool.h>
#include <stdint.h>

/* uart.c */
void uart_init(void);
void uart_console_write(int stream, const char *buf, size_t n);
void uart_log_write(const char *buf, size_t n);
void uart_poll(void);

/* tsc.c: clock from the calibrated TSC, or kvmclock */
void clock_init(void);
uint64_t clock_ns(void);
uint64_t tsc_hz(void);
uint64_t tsc_from_ns(uint64_t ns); /* TSC value at monotonic time ns */
extern const char *clock_name;

/* rtc.c: CMOS wall clock */
uint64_t rtc_read_epoch(void);

#endif
