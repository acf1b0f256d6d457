import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDays, daysFromCivil, easterSunday, formatIsoDate, frenchPublicHolidays, isFrenchPublicHoliday, parseIsoDate, weekday,
} from '../../../../sim/model/outbound/frenchCalendar';

const DAY_MS = 86_400_000;
// Tests may use Date (only sim/ is kept clock-free): it is the independent oracle here.
const FROM = parseIsoDate('1900-01-01');
const TO = parseIsoDate('2200-12-31');

describe('day numbers', () => {
  it('counts from 1970-01-01 as day 0', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    expect(parseIsoDate('2000-03-01')).toBe(11017);
  });

  it('agrees with Date.UTC and round-trips through formatIsoDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), (day) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(formatIsoDate(day)).toBe(iso);
        expect(parseIsoDate(iso)).toBe(day);
        const { year, month, day: dom } = civilFromDays(day);
        expect(daysFromCivil(year, month, dom)).toBe(day);
      }),
    );
  });

  it('accepts 29 February only in leap years', () => {
    expect(formatIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
    expect(formatIsoDate(parseIsoDate('2000-02-29'))).toBe('2000-02-29');
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('1900-02-29')).toThrow(RangeError);
  });

  it('rejects dates that do not exist with a clear message', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(/2026-02-30.*day 30 does not exist/);
    expect(() => parseIsoDate('2026-04-31')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-13-01')).toThrow(/month 13/);
    expect(() => parseIsoDate('2026-00-10')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-01-00')).toThrow(RangeError);
  });

  it('rejects strings that are not YYYY-MM-DD', () => {
    for (const bad of ['', '2026-1-5', '26-01-05', '2026/01/05', '2026-01-05T00:00', ' 2026-01-05']) {
      expect(() => parseIsoDate(bad)).toThrow(/expected YYYY-MM-DD/);
    }
  });
});

describe('weekday', () => {
  it('is 1 for Monday through 7 for Sunday', () => {
    expect(weekday(parseIsoDate('1970-01-01'))).toBe(4); // a Thursday
    expect(weekday(parseIsoDate('2026-05-01'))).toBe(5); // 1 May 2026 is a Friday
    expect(weekday(parseIsoDate('2026-05-02'))).toBe(6);
    expect(weekday(parseIsoDate('2026-05-03'))).toBe(7);
    expect(weekday(parseIsoDate('2026-05-04'))).toBe(1);
  });

  it('agrees with Date.getUTCDay, before and after 1970', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), (day) => {
        const jsDay = new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
        expect(weekday(day)).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });
});

describe('Easter and the French public holidays', () => {
  it('finds Easter Sunday on known dates', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible date
      2000: '2000-04-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25', // latest possible date
    };
    for (const [year, iso] of Object.entries(known)) expect(formatIsoDate(easterSunday(Number(year)))).toBe(iso);
  });

  it('always puts Easter on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(7);
        expect(easter).toBeGreaterThanOrEqual(daysFromCivil(year, 3, 22));
        expect(easter).toBeLessThanOrEqual(daysFromCivil(year, 4, 25));
      }),
    );
  });

  it('lists the 11 national holidays of 2026 in order', () => {
    expect(frenchPublicHolidays(2026).map(formatIsoDate)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });

  it('puts Ascension on a Thursday and Easter and Whit Monday on Mondays', () => {
    expect(formatIsoDate(easterSunday(2026) + 39)).toBe('2026-05-14');
    expect(formatIsoDate(easterSunday(2026) + 50)).toBe('2026-05-25');
    for (let year = 2020; year <= 2040; year++) {
      const easter = easterSunday(year);
      expect(weekday(easter + 1)).toBe(1);
      expect(weekday(easter + 39)).toBe(4);
      expect(weekday(easter + 50)).toBe(1);
    }
  });

  it('keeps Ascension when it falls on 1 May (2008), so there are still 11 entries', () => {
    const days = frenchPublicHolidays(2008);
    expect(days).toHaveLength(11);
    expect(days.filter((d) => formatIsoDate(d) === '2008-05-01')).toHaveLength(2);
  });

  it('tells holidays from ordinary days', () => {
    for (const iso of ['2026-07-14', '2026-05-14', '2025-06-09', '2024-04-01', '2027-01-01']) {
      expect(isFrenchPublicHoliday(parseIsoDate(iso))).toBe(true);
    }
    // Good Friday and 26 December are holidays only in Alsace-Moselle.
    for (const iso of ['2026-04-03', '2026-12-26', '2026-07-13', '2026-04-05']) {
      expect(isFrenchPublicHoliday(parseIsoDate(iso))).toBe(false);
    }
  });

  it('returns a fresh array each time, so callers cannot corrupt the cache', () => {
    const first = frenchPublicHolidays(2026);
    first.length = 0;
    expect(frenchPublicHolidays(2026)).toHaveLength(11);
    expect(isFrenchPublicHoliday(parseIsoDate('2026-12-25'))).toBe(true);
  });
});
