import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayHours, isOpenAt, localParts, WEEK_DAYS, zonedInstant } from './open-at';

// Zones with a fixed offset (minutes east of UTC) give an independent oracle: shift the
// instant by the offset and read the UTC fields.
const FIXED: Record<string, number> = {
  UTC: 0,
  'Asia/Kolkata': 330,
  'Asia/Kathmandu': 345,
  'Pacific/Kiritimati': 840,
  'Pacific/Pago_Pago': -660,
  'Etc/GMT+5': -300,
  'Asia/Tokyo': 540,
};
const DST_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/St_Johns'];

const pad = (n: number) => String(n).padStart(2, '0');
const JS_DAY: (typeof WEEK_DAYS)[number][] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function oracle(at: Date, offsetMin: number) {
  const s = new Date(at.getTime() + offsetMin * 60_000);
  return {
    date: `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`,
    time: `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`,
    day: JS_DAY[s.getUTCDay()],
  };
}

const instant = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const dayHours: fc.Arbitrary<DayHours | null> = fc.option(
  fc
    .tuple(hhmm, hhmm)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? { open: a, close: b } : { open: b, close: a })),
);
const workingHours = fc.record(
  Object.fromEntries(WEEK_DAYS.map((d) => [d, dayHours])) as Record<
    (typeof WEEK_DAYS)[number],
    fc.Arbitrary<DayHours | null>
  >,
);

describe('isOpenAt', () => {
  it('agrees with an offset oracle in fixed-offset zones', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...Object.keys(FIXED)), workingHours, (at, tz, wh) => {
        const o = oracle(at, FIXED[tz]);
        const r = isOpenAt({ timezone: tz, working_hours: wh }, [], at);
        expect([r.localDate, r.localTime, r.day]).toEqual([o.date, o.time, o.day]);
        const h = wh[o.day];
        expect(r.open).toBe(!!h && o.time >= h.open && o.time < h.close);
      }),
      { numRuns: 500 },
    );
  });

  it('a holiday on the local date closes the whole day, whatever the hours', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...Object.keys(FIXED), ...DST_ZONES), (at, tz) => {
        const { date } = localParts(at, tz);
        const allDay = Object.fromEntries(WEEK_DAYS.map((d) => [d, { open: '00:00', close: '23:59' }]));
        const r = isOpenAt({ timezone: tz, working_hours: allDay }, [{ name: 'Diwali', date }], at);
        expect(r).toMatchObject({ open: false, reason: 'holiday', holiday: { name: 'Diwali' } });
      }),
    );
  });

  it('a holiday on the UTC date but not the local date does not close the schedule', () => {
    // 2026-11-08 20:00 UTC is already 2026-11-09 01:30 in Kolkata.
    const at = new Date('2026-11-08T20:00:00Z');
    const allDay = Object.fromEntries(WEEK_DAYS.map((d) => [d, { open: '00:00', close: '23:59' }]));
    const r = isOpenAt(
      { timezone: 'Asia/Kolkata', working_hours: allDay },
      [{ name: 'Diwali', date: '2026-11-08' }],
      at,
    );
    expect(r).toMatchObject({ open: true, localDate: '2026-11-09', localTime: '01:30', day: 'mon' });
  });

  it('the local day turns over exactly at local midnight, in every zone (DST included)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...Object.keys(FIXED), ...DST_ZONES), (at, tz) => {
        const before = localParts(new Date(at.getTime() - 60_000), tz);
        const now = localParts(at, tz);
        if (before.date !== now.date) {
          // The minute that changes the date is 00:00 (or later on a DST-skipped midnight).
          expect(now.time < '01:01').toBe(true);
          expect(before.time >= '23:00').toBe(true);
          expect(WEEK_DAYS.indexOf(now.day)).toBe((WEEK_DAYS.indexOf(before.day) + 1) % 7);
        } else {
          expect(now.day).toBe(before.day);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('opens at `open` and closes at `close` (exclusive) around midnight', () => {
    const wh = { mon: { open: '00:00', close: '09:00' }, sun: { open: '18:00', close: '23:59' } };
    const s = { timezone: 'Asia/Kolkata', working_hours: wh };
    // Sunday 2026-11-29 23:58 IST = 18:28 UTC; 23:59 IST is closing time; Monday 00:00 IST opens.
    expect(isOpenAt(s, [], new Date('2026-11-29T18:28:00Z'))).toMatchObject({ open: true, day: 'sun' });
    expect(isOpenAt(s, [], new Date('2026-11-29T18:29:00Z'))).toMatchObject({ open: false, reason: 'after-close' });
    expect(isOpenAt(s, [], new Date('2026-11-29T18:30:00Z'))).toMatchObject({
      open: true,
      day: 'mon',
      localTime: '00:00',
    });
    expect(isOpenAt(s, [], new Date('2026-11-30T03:30:00Z'))).toMatchObject({ open: false, reason: 'after-close' });
    expect(isOpenAt(s, [], new Date('2026-12-01T03:29:00Z'))).toMatchObject({
      open: false,
      reason: 'day-closed',
      day: 'tue',
    });
  });

  it('honours the schedule zone, not the machine zone, across a DST change', () => {
    const s = { timezone: 'America/New_York', working_hours: { sun: { open: '09:00', close: '17:00' } } };
    // 2026-03-08: clocks go forward at 02:00 EST. 09:00 EDT = 13:00 UTC (not 14:00).
    expect(isOpenAt(s, [], new Date('2026-03-08T13:00:00Z'))).toMatchObject({ open: true, localTime: '09:00' });
    expect(isOpenAt(s, [], new Date('2026-03-08T12:59:00Z'))).toMatchObject({ open: false, reason: 'before-open' });
  });
});

describe('zonedInstant', () => {
  it('round-trips with localParts for every whole minute outside DST gaps', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...Object.keys(FIXED), ...DST_ZONES), (at, tz) => {
        const whole = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const p = localParts(whole, tz);
        const back = zonedInstant(p.date, p.time, tz);
        expect(localParts(back, tz)).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the wall clock of the zone: 09:00 in Kolkata is 03:30 UTC', () => {
    expect(zonedInstant('2026-11-09', '09:00', 'Asia/Kolkata').toISOString()).toBe('2026-11-09T03:30:00.000Z');
  });
});
