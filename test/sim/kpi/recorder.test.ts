/**
 * The KPI recorder is the only writer of the counters: each method is checked
 * for exactly the counters it moves, in the contact's interval row and in the
 * day-total row, and for nothing else (a diff of the whole counter array).
 */
import { describe, expect, it } from 'vitest';
import { KpiCounters } from '../../../sim/kpi/counters';
import { KpiRecorder } from '../../../sim/kpi/recorder';
import { ContactStore } from '../../../sim/model/contacts';
import { moved } from '../centreKit';

/** Two channels, four 30-minute intervals (a 2-hour day), warm-up over at `warmupEnd`. */
function setUp(warmupEnd = 0) {
  const counters = new KpiCounters(2, 1800, 7200, warmupEnd);
  const contacts = new ContactStore(8);
  const recorder = new KpiRecorder(counters, contacts, warmupEnd);
  const arrive = (arrival: number, channel = 0, due = Infinity) => {
    const slot = contacts.allocate();
    contacts.due[slot] = due;
    recorder.arrived(slot, channel, arrival);
    return slot;
  };
  return { counters, contacts, recorder, arrive };
}

describe('KpiRecorder: where a contact counts', () => {
  it('counts a contact in the interval it arrived in and in the day total', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(2000); // interval 1
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i1.offered': 1, 'total.offered': 1 });
  });

  it('counts on the contact’s own channel', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(100, 1);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'c1.i0.offered': 1, 'c1.total.offered': 1 });
  });

  it('keeps a warm-up contact (arrived before warmupEnd) out of the day total: only its interval row moves', () => {
    const { counters, recorder, arrive } = setUp(1800);
    const slot = arrive(1799);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i0.offered': 1 });
  });

  it('counts a contact arriving exactly at warmupEnd in the day total', () => {
    const { counters, recorder, arrive } = setUp(1800);
    const slot = arrive(1800);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i1.offered': 1, 'total.offered': 1 });
  });

  it('counts carried-in work (negative arrival) on the first interval, and in the total when there is no warm-up', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(-3 * 3600);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i0.offered': 1, 'total.offered': 1 });
  });

  it('counts carried-in work on the first interval only when there is a warm-up', () => {
    const { counters, recorder, arrive } = setUp(600);
    const slot = arrive(-60);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i0.offered': 1 });
  });

  it('counts a contact arriving after closing on the last interval', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(9000);
    expect(moved(counters, () => recorder.offered(slot))).toEqual({ 'i3.offered': 1, 'total.offered': 1 });
  });

  it('keeps the rows fixed at arrival, whenever the later events happen', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(100);
    expect(moved(counters, () => recorder.handled(slot, 500, 400))).toEqual({
      'i0.handled': 1, 'i0.handleSum': 500, 'i0.talkSum': 400, 'total.handled': 1, 'total.handleSum': 500, 'total.talkSum': 400,
    });
  });
});

describe('KpiRecorder: what each method moves', () => {
  const single = (field: string, amount = 1) => ({ [`i0.${field}`]: amount, [`total.${field}`]: amount });
  const cases: [string, (r: KpiRecorder, slot: number) => void, Record<string, number>][] = [
    ['retrial', (r, s) => r.retrial(s), single('retrials')],
    ['repeat', (r, s) => r.repeat(s), single('repeats')],
    ['deflected', (r, s) => r.deflected(s), single('deflected')],
    ['offered', (r, s) => r.offered(s), single('offered')],
    ['queued', (r, s) => r.queued(s), { ...single('waited'), ...single('queued') }],
    ['callbackOffered', (r, s) => r.callbackOffered(s), single('callbacksOffered')],
    ['calledBack', (r, s) => r.calledBack(s), single('calledBack')],
    ['overflowed', (r, s) => r.overflowed(s, 7.5), { ...single('overflowed'), ...single('overflowCost', 7.5) }],
    ['externalHandled', (r, s) => r.externalHandled(s), single('externalHandled')],
    ['handled', (r, s) => r.handled(s, 240, 200), { ...single('handled'), ...single('handleSum', 240), ...single('talkSum', 200) }],
    ['resolved', (r, s) => r.resolved(s), single('resolved')],
    ['graded', (r, s) => r.graded(s, 72), { ...single('qualitySum', 72), ...single('qualityCount') }],
    ['complaint', (r, s) => r.complaint(s), single('complaints')],
    ['surveyed', (r, s) => r.surveyed(s, 4), { ...single('csatSum', 4), ...single('csatCount') }],
    ['handRaised', (r, s) => r.handRaised(s), single('handsRaised')],
    ['handAnswered', (r, s) => r.handAnswered(s), single('handsAnswered')],
    ['handUnanswered', (r, s) => r.handUnanswered(s), single('handsUnanswered')],
    ['leftAtEnd (real time): lost, as an abandon', (r, s) => r.leftAtEnd(s, true), single('abandoned')],
    ['leftAtEnd (deferred): carried over', (r, s) => r.leftAtEnd(s, false), single('carriedOver')],
    ['dialled', (r, s) => r.dialled(s), single('attempts')],
    ['dialerBreach', (r, s) => r.dialerBreach(s), single('breaches')],
    ['reached, not converted', (r, s) => r.reached(s, false), single('reached')],
    ['reached and converted', (r, s) => r.reached(s, true), { ...single('reached'), ...single('conversions') }],
    ['unreached', (r, s) => r.unreached(s), single('unreached')],
  ];

  it.each(cases)('%s moves exactly its counters', (_name, act, expected) => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60);
    expect(moved(counters, () => act(recorder, slot))).toEqual(expected);
  });

  it('arrived moves no counter', () => {
    const { counters, arrive } = setUp();
    expect(moved(counters, () => arrive(60))).toEqual({});
  });
});

describe('KpiRecorder.abandoned', () => {
  // shortAbandonSeconds 5, threshold 20.
  const abandonAfter = (waited: number) => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60);
    return moved(counters, () => recorder.abandoned(slot, waited, 5, 20));
  };

  it('counts a short abandon (waited under shortAbandonSeconds), which is also within the threshold', () => {
    expect(abandonAfter(4.9)).toEqual({
      'i0.abandoned': 1, 'i0.shortAbandoned': 1, 'i0.abandonedWithinThreshold': 1,
      'total.abandoned': 1, 'total.shortAbandoned': 1, 'total.abandonedWithinThreshold': 1,
    });
  });

  it('does not count a wait of exactly shortAbandonSeconds as short', () => {
    expect(abandonAfter(5)).toEqual({ 'i0.abandoned': 1, 'i0.abandonedWithinThreshold': 1, 'total.abandoned': 1, 'total.abandonedWithinThreshold': 1 });
  });

  it('counts an abandon at exactly the threshold as within it, and one just after as not', () => {
    expect(abandonAfter(20)).toEqual({ 'i0.abandoned': 1, 'i0.abandonedWithinThreshold': 1, 'total.abandoned': 1, 'total.abandonedWithinThreshold': 1 });
    expect(abandonAfter(20.5)).toEqual({ 'i0.abandoned': 1, 'total.abandoned': 1 });
  });

  it('counts no short abandon when shortAbandonSeconds is 0', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60);
    expect(moved(counters, () => recorder.abandoned(slot, 0, 0, 20))).toEqual({
      'i0.abandoned': 1, 'i0.abandonedWithinThreshold': 1, 'total.abandoned': 1, 'total.abandonedWithinThreshold': 1,
    });
  });
});

describe('KpiRecorder.answered', () => {
  it('counts the answer, its wait, and within-threshold when the wait is at most the threshold', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60);
    expect(moved(counters, () => recorder.answered(slot, 20, 20, 80))).toEqual({
      'i0.answered': 1, 'i0.waitSumAnswered': 20, 'i0.answeredWithinThreshold': 1,
      'total.answered': 1, 'total.waitSumAnswered': 20, 'total.answeredWithinThreshold': 1,
    });
  });

  it('counts no within-threshold answer after the threshold', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60);
    expect(moved(counters, () => recorder.answered(slot, 21, 20, 81))).toEqual({
      'i0.answered': 1, 'i0.waitSumAnswered': 21, 'total.answered': 1, 'total.waitSumAnswered': 21,
    });
  });

  it('for a contact with a due time, counts it as answered with a due time, and before it when now ≤ due', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60, 0, 3600);
    expect(moved(counters, () => recorder.answered(slot, 3540, 20, 3600))).toEqual({
      'i0.answered': 1, 'i0.waitSumAnswered': 3540, 'i0.answeredWithDue': 1, 'i0.answeredBeforeDue': 1,
      'total.answered': 1, 'total.waitSumAnswered': 3540, 'total.answeredWithDue': 1, 'total.answeredBeforeDue': 1,
    });
  });

  it('for a contact answered after its due time, counts it with a due time but not before it', () => {
    const { counters, recorder, arrive } = setUp();
    const slot = arrive(60, 0, 3600);
    expect(moved(counters, () => recorder.answered(slot, 3541, 20, 3601))).toEqual({
      'i0.answered': 1, 'i0.waitSumAnswered': 3541, 'i0.answeredWithDue': 1,
      'total.answered': 1, 'total.waitSumAnswered': 3541, 'total.answeredWithDue': 1,
    });
  });

  it('for a warm-up contact, moves only the interval row', () => {
    const { counters, recorder, arrive } = setUp(1800);
    const slot = arrive(60);
    expect(moved(counters, () => recorder.answered(slot, 5, 20, 65))).toEqual({ 'i0.answered': 1, 'i0.waitSumAnswered': 5, 'i0.answeredWithinThreshold': 1 });
  });
});
