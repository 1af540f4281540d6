/* rtc.c: read the CMOS real-time clock once at boot for CLOCK_REALTIME (QEMU keeps it at host UTC). */
#include "defs.h"
#include "x86.h"
#include "qemu.h"

static uint8_t cmos(uint8_t reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static uint64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

uint64_t rtc_read_epoch(void)
{
	uint8_t t[6], again[6];
	do {
		while (cmos(0x0a) & 0x80) /* update in progress */
			;
		for (int i = 0; i < 6; i++)
			t[i] = cmos((uint8_t[]){0x00, 0x02, 0x04, 0x07, 0x08, 0x09}[i]);
		for (int i = 0; i < 6; i++)
			again[i] = cmos((uint8_t[]){0x00, 0x02, 0x04, 0x07, 0x08, 0x09}[i]);
	} while (memcmp(t, again, 6));
	bool bcd = !(cmos(0x0b) & 0x04);
	for (int i = 0; i < 6; i++)
		if (bcd)
			t[i] = (t[i] & 0x0f) + (t[i] >> 4) * 10;
	uint64_t days = days_from_civil(2000 + t[5], t[4], t[3]);
	return days * 86400 + t[2] * 3600 + t[1] * 60 + t[0];
}
