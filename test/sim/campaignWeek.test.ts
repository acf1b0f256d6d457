/** The week's labour rules across days: 48 hours of work a week (L3121-20), 35 hours of weekly rest (L3132-2). */
import { describe, expect, it } from 'vitest';
import { weeklyBreaches, type WorkSpan } from '../../sim/campaignWeek';
import { parseIsoDate } from '../../sim/model/outbound/frenchCalendar';

const monday = parseIsoDate('2026-06-01');
const h = 3600;
/** A day on the floor: from and to in hours of that day, `worked` hours of effective work. */
const span = (day: number, from: number, to: number, worked = to - from): WorkSpan => ({ dayNumber: day, from: day * 86400 + from * h, to: day * 86400 + to * h, worked: worked * h });

/** Runs the check day by day as a campaign does, returning every breach found. */
function check(days: readonly WorkSpan[]) {
  const seen: WorkSpan[] = [];
  return days.flatMap((s, k) => {
    seen.push(s);
    return weeklyBreaches(k + 1, s.dayNumber, k > 0 ? days[k - 1].dayNumber : null, new Map([['a1', [...seen]]]));
  });
}

describe('the week across a multi-day run', () => {
  it('finds the day the week goes past 48 hours, once', () => {
    const week = [0, 1, 2, 3, 4].map((d) => span(monday + d, 8, 19, 10));
    expect(check(week)).toEqual([{ day: 5, adviserId: 'a1', rule: 'weeklyMax48h', hours: 50 }]);
    expect(check(week.map((s) => ({ ...s, worked: 9.5 * h })))).toEqual([]);
  });

  it('finds a week without 35 hours of rest in a row, on the next week’s first day', () => {
    const everyDay = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => span(monday + d, 9, 17, 6));
    expect(check(everyDay)).toEqual([{ day: 8, adviserId: 'a1', rule: 'weeklyRest35h', hours: 16 }]);
    const weekendOff = [0, 1, 2, 3, 4, 7].map((d) => span(monday + d, 9, 17, 7));
    expect(check(weekendOff)).toEqual([]);
  });

  it('counts a rest that runs on into the next week: Saturday 17:00 to Monday 08:00 is enough, 22:00 to 06:00 is not', () => {
    const upTo = (end: number, start: number) => [...[0, 1, 2, 3, 4].map((d) => span(monday + d, 9, 17, 7)), span(monday + 5, 10, end, 6), span(monday + 7, start, start + 8, 7)];
    expect(check(upTo(17, 8))).toEqual([]);
    expect(check(upTo(22, 6))).toEqual([{ day: 7, adviserId: 'a1', rule: 'weeklyRest35h', hours: 32 }]);
  });
});
