/**
 * The shift's books in isolation: a plan list from the kit, a real activity
 * log, the kit's clock. The day starts at 08:00; wage 24 €/h.
 */
import { describe, expect, it } from 'vitest';
import { ActivityLog } from '../../../sim/model/activityLog';
import { ShiftBooks } from '../../../sim/model/books';
import { buildKit, voice } from '../centreKit';

function setUp() {
  const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a1', name: 'Ana Roux', skills: { voice: 1 } }, { id: 'a2', name: 'Léo Petit', skills: { voice: 1 } }] });
  const activity = new ActivityLog();
  const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: 24 });
  return { kit, activity, books };
}

describe('ShiftBooks.labourBreach', () => {
  it('books the rule broken by the adviser at its time, and puts a breach line in the feed with the clock time', () => {
    const { books, activity } = setUp();
    books.labourBreach(1, 'noBreakAfter6h', 3725);
    expect(books.breaches).toEqual([{ at: 3725, rule: 'noBreakAfter6h', channelId: '', recordId: -1, adviserId: 'a2' }]);
    expect(activity.entries).toEqual([{
      at: 3725, code: 'noBreakAfter6h', severity: 'breach', adviserId: 'a2',
      text: 'Léo Petit has worked 6 h without a 20-minute break (Code du travail L3121-16)',
      params: { adviser: 'Léo Petit', at: '09:02:05' },
    }]);
  });

  it('words the 3-hour work-sequence rule its own way', () => {
    const { books, activity } = setUp();
    books.labourBreach(0, 'workSequenceOver3h', 600);
    expect(books.breaches[0].rule).toBe('workSequenceOver3h');
    expect(activity.entries[0]).toMatchObject({ code: 'workSequenceOver3h', text: 'Ana Roux has worked more than 3 h without a pause (call-centre agreement, IDCC 2098)' });
  });

  it('keeps the breach time as given, but never feeds a line before the day starts', () => {
    const { books, activity } = setUp();
    books.labourBreach(0, 'workSequenceOver3h', -300);
    expect(books.breaches[0].at).toBe(-300);
    expect(activity.entries[0].at).toBe(0);
    expect(activity.entries[0].params.at).toBe('07:55:00');
  });
});

describe('ShiftBooks.dialerBreach', () => {
  it('books every call, but feeds one line per rule per half hour, with the running count', () => {
    const { kit, books, activity } = setUp();
    for (const [t, record] of [[100, 1], [700, 2], [1899, 3], [1900, 4], [2000, 5]]) {
      kit.clock.now = t;
      books.dialerBreach('outsideCallingHours', 'out', record);
    }
    expect(books.breaches.map((b) => [b.at, b.rule, b.channelId, b.recordId])).toEqual([
      [100, 'outsideCallingHours', 'out', 1], [700, 'outsideCallingHours', 'out', 2], [1899, 'outsideCallingHours', 'out', 3],
      [1900, 'outsideCallingHours', 'out', 4], [2000, 'outsideCallingHours', 'out', 5],
    ]);
    expect(activity.entries.map((e) => [e.at, e.code, e.severity, e.params.count])).toEqual([[100, 'dialerBreach', 'breach', 1], [1900, 'dialerBreach', 'breach', 4]]);
    expect(activity.entries[1].text).toBe('Dialer on out broke the rule "outsideCallingHours" (4 calls so far)');
  });

  it('counts and feeds each rule, and each channel, on its own', () => {
    const { kit, books, activity } = setUp();
    kit.clock.now = 100;
    books.dialerBreach('outsideCallingHours', 'out', 1);
    books.dialerBreach('bloctelWithoutContract', 'out', 1);
    books.dialerBreach('outsideCallingHours', 'out2', 7);
    books.dialerBreach('outsideCallingHours', 'out', 2);
    expect(activity.entries.map((e) => [e.params.channel, e.params.rule, e.params.count])).toEqual([
      ['out', 'outsideCallingHours', 1], ['out', 'bloctelWithoutContract', 1], ['out2', 'outsideCallingHours', 1],
    ]);
    expect(books.breaches).toHaveLength(4);
  });
});

describe('ShiftBooks: overtime and lateness', () => {
  it('costs overtime hours at the wage with a 25 % premium, adding up', () => {
    const { books } = setUp();
    books.addOvertimeHours(2.5);
    expect(books.overtimeCost).toBeCloseTo(2.5 * 24 * 1.25, 9);
    books.addOvertimeHours(0.5);
    expect(books.overtimeCost).toBeCloseTo(3 * 24 * 1.25, 9);
  });

  it('books observed lateness as admin data in whole minutes, and adds up the seconds', () => {
    const { kit, books } = setUp();
    kit.clock.now = 4000;
    books.observedLateness(0, 150);
    kit.clock.now = 5000;
    books.observedLateness(1, 29);
    expect(books.admin).toEqual([
      { at: 4000, kind: 'lateness', adviserId: 'a1', minutes: 3, source: 'observed' },
      { at: 5000, kind: 'lateness', adviserId: 'a2', minutes: 0, source: 'observed' },
    ]);
    expect(books.latenessSeconds).toBe(179);
  });
});
