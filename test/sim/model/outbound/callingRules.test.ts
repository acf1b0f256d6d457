import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate, parseIsoDate, weekday } from '../../../../sim/model/outbound/frenchCalendar';
import {
  CALLING_WINDOWS, isCallingTime, nextCallingWindow, outboundBreaches, type CallingContext, type CallRecordState,
} from '../../../../sim/model/outbound/callingRules';

const clean: CallRecordState = { attemptDays: [], refusalDay: null, bloctel: false, hasContract: false };
const TUESDAY = parseIsoDate('2026-06-02'); // an ordinary working Tuesday
const at = (day: number, hms: string): CallingContext => {
  const [h, m, s = 0] = hms.split(':').map(Number);
  return { day, secondOfDay: h * 3600 + m * 60 + s };
};
const show = (c: CallingContext | null) => c && `${formatIsoDate(c.day)} ${c.secondOfDay}`;

describe('outboundBreaches: calling hours', () => {
  it.each([
    ['09:59:59', ['outsideCallingHours']],
    ['10:00:00', []],
    ['12:59:59', []],
    ['13:00:00', ['outsideCallingHours']],
    ['13:59:59', ['outsideCallingHours']],
    ['14:00:00', []],
    ['19:59:59', []],
    ['20:00:00', ['outsideCallingHours']],
    ['00:00:00', ['outsideCallingHours']],
    ['23:59:59', ['outsideCallingHours']],
  ])('at %s on a Tuesday reports %j', (hms, expected) => {
    expect(outboundBreaches(clean, at(TUESDAY, hms))).toEqual(expected);
  });

  it('judges the start of the call, to the fraction of a second', () => {
    expect(outboundBreaches(clean, { day: TUESDAY, secondOfDay: 13 * 3600 - 0.001 })).toEqual([]);
    expect(outboundBreaches(clean, { day: TUESDAY, secondOfDay: 10 * 3600 - 0.001 })).toEqual(['outsideCallingHours']);
  });
});

describe('outboundBreaches: days', () => {
  it('forbids Saturday and Sunday', () => {
    expect(outboundBreaches(clean, at(parseIsoDate('2026-06-05'), '11:00'))).toEqual([]); // Friday
    expect(outboundBreaches(clean, at(parseIsoDate('2026-06-06'), '11:00'))).toEqual(['weekend']);
    expect(outboundBreaches(clean, at(parseIsoDate('2026-06-07'), '11:00'))).toEqual(['weekend']);
  });

  it('forbids 14 July, a Tuesday in 2026, but not 13 or 15 July', () => {
    expect(outboundBreaches(clean, at(parseIsoDate('2026-07-14'), '11:00'))).toEqual(['publicHoliday']);
    expect(outboundBreaches(clean, at(parseIsoDate('2026-07-13'), '11:00'))).toEqual([]);
    expect(outboundBreaches(clean, at(parseIsoDate('2026-07-15'), '11:00'))).toEqual([]);
  });

  it('reports both weekend and holiday when a holiday falls on a Sunday, and every time rule at once', () => {
    expect(outboundBreaches(clean, at(parseIsoDate('2024-07-14'), '21:00'))).toEqual(['outsideCallingHours', 'weekend', 'publicHoliday']);
  });
});

describe('outboundBreaches: per-consumer rules', () => {
  const when = at(TUESDAY, '11:00');

  it('allows a 4th attempt within 30 days but not a 5th', () => {
    const three = { ...clean, attemptDays: [TUESDAY - 29, TUESDAY - 10, TUESDAY] };
    expect(outboundBreaches(three, when)).toEqual([]);
    const four = { ...clean, attemptDays: [TUESDAY - 29, TUESDAY - 10, TUESDAY - 1, TUESDAY] };
    expect(outboundBreaches(four, when)).toEqual(['tooManyAttempts']);
  });

  it('forgets an attempt 30 days old (rolling window)', () => {
    const record = { ...clean, attemptDays: [TUESDAY - 30, TUESDAY - 10, TUESDAY - 5, TUESDAY - 1] };
    expect(outboundBreaches(record, when)).toEqual([]);
    expect(outboundBreaches(record, at(TUESDAY - 1, '11:00'))).toEqual(['tooManyAttempts']);
  });

  it('keeps a refused consumer quiet through day 59 and frees them on day 60', () => {
    expect(outboundBreaches({ ...clean, refusalDay: TUESDAY }, when)).toEqual(['afterRefusal']);
    expect(outboundBreaches({ ...clean, refusalDay: TUESDAY - 59 }, when)).toEqual(['afterRefusal']);
    expect(outboundBreaches({ ...clean, refusalDay: TUESDAY - 60 }, when)).toEqual([]);
  });

  it('calls a Bloctel-listed number only when a contract exists', () => {
    expect(outboundBreaches({ ...clean, bloctel: true }, when)).toEqual(['bloctelWithoutContract']);
    expect(outboundBreaches({ ...clean, bloctel: true, hasContract: true }, when)).toEqual([]);
    expect(outboundBreaches({ ...clean, hasContract: true }, when)).toEqual([]);
  });

  it('lists every breach in a fixed order', () => {
    const bastille = parseIsoDate('2026-07-14');
    const worst: CallRecordState = { attemptDays: [1, 2, 3, 4].map((k) => bastille - k), refusalDay: bastille - 1, bloctel: true, hasContract: false };
    expect(outboundBreaches(worst, at(bastille, '13:30'))).toEqual([
      'outsideCallingHours', 'publicHoliday', 'tooManyAttempts', 'afterRefusal', 'bloctelWithoutContract',
    ]);
  });

  it('rejects a context outside the day', () => {
    expect(() => outboundBreaches(clean, { day: TUESDAY, secondOfDay: 86400 })).toThrow(RangeError);
    expect(() => outboundBreaches(clean, { day: TUESDAY, secondOfDay: -1 })).toThrow(RangeError);
    expect(() => outboundBreaches(clean, { day: 0.5, secondOfDay: 0 })).toThrow(RangeError);
  });
});

describe('nextCallingWindow', () => {
  it('skips a long weekend: Friday 20:30 before Whit Monday goes to Tuesday 10:00', () => {
    const friday = parseIsoDate('2026-05-22');
    expect(show(nextCallingWindow(at(friday, '20:30')))).toBe('2026-05-26 36000');
  });

  it('waits out the lunch break: 13:30 goes to 14:00 the same day', () => {
    expect(nextCallingWindow(at(TUESDAY, '13:30'))).toEqual(at(TUESDAY, '14:00'));
  });

  it('moves an early call to 10:00 the same day', () => {
    expect(nextCallingWindow(at(TUESDAY, '07:15'))).toEqual(at(TUESDAY, '10:00'));
  });

  it('returns the same object when a call is already allowed', () => {
    const when = at(TUESDAY, '19:59:59');
    expect(nextCallingWindow(when)).toBe(when);
  });

  it('crosses Christmas and New Year', () => {
    // 2026-12-25 is a Friday, 2027-01-01 too.
    expect(show(nextCallingWindow(at(parseIsoDate('2026-12-24'), '20:00')))).toBe('2026-12-28 36000');
    expect(show(nextCallingWindow(at(parseIsoDate('2026-12-31'), '20:00')))).toBe('2027-01-04 36000');
  });

  const FROM = parseIsoDate('2020-01-01');
  const TO = parseIsoDate('2035-12-31');
  const context = fc.record({
    day: fc.integer({ min: FROM, max: TO }),
    secondOfDay: fc.oneof(
      fc.integer({ min: 0, max: 86399 }),
      fc.double({ min: 0, max: 86399.999, noNaN: true }),
      fc.constantFrom(...CALLING_WINDOWS.flat(), 0), // boundaries, including the window ends
    ),
  });
  const before = (a: CallingContext, b: CallingContext) => a.day < b.day || (a.day === b.day && a.secondOfDay < b.secondOfDay);

  it('yields an allowed moment, with no allowed moment between the request and it', () => {
    fc.assert(
      fc.property(context, fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 5 }), (when, fractions) => {
        const next = nextCallingWindow(when);
        expect(next).not.toBeNull();
        const r = next!;
        expect(isCallingTime(r)).toBe(true);
        expect(before(r, when)).toBe(false);
        // The allowed set is a union of intervals opening at window starts, so the
        // earliest allowed moment ≥ when is `when` itself or a window start: check them all.
        const candidates: CallingContext[] = [when];
        for (let d = when.day; d <= r.day; d++) for (const [start] of CALLING_WINDOWS) candidates.push({ day: d, secondOfDay: start });
        for (const c of candidates) {
          if (!before(c, when) && before(c, r)) expect(isCallingTime(c), show(c)!).toBe(false);
        }
        // And spot-check some seconds in between, on the same scale as the gap.
        const t0 = when.day * 86400 + when.secondOfDay;
        const t1 = r.day * 86400 + r.secondOfDay;
        for (const f of fractions) {
          const t = t0 + f * (t1 - t0);
          const day = Math.floor(t / 86400);
          const c = { day, secondOfDay: Math.min(86399.999, t - day * 86400) };
          // Rebuilt from seconds since the epoch, f = 0 may land a rounding error before `when`
          // (10:00:04.67318177223 for …224): such a point is outside the span checked.
          if (!before(c, when) && before(c, r)) expect(isCallingTime(c), show(c)!).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lands on a weekend', () => {
    fc.assert(
      fc.property(context, (when) => {
        expect(weekday(nextCallingWindow(when)!.day)).toBeLessThanOrEqual(5);
      }),
    );
  });
});
