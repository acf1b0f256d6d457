/**
 * The score's rules on hand-built facts (sim/kpi/judge/): outcomes against the
 * ghost, the process grid, no free harm, entries that explain every point.
 */
import { describe, expect, it } from 'vitest';
import { Field, KpiCounters } from '../../../sim/kpi/counters';
import { blockValue, RULES } from '../../../sim/kpi/judge/rules';
import { computeScore } from '../../../sim/kpi/score';
import type { HandFact, ShiftFacts } from '../../../sim/kpi/shiftFacts';
import type { BreachSnapshot, CommandRecord } from '../../../sim/snapshot';

const HOUR = 3600;

/** A four-hour voice day, 8 intervals; `fill` writes the counters of both runs. */
function facts(over: Partial<ShiftFacts> = {}, fill?: (live: KpiCounters, ghost: KpiCounters) => void): ShiftFacts {
  const live = new KpiCounters(1, 1800, 4 * HOUR, 0);
  const ghost = new KpiCounters(1, 1800, 4 * HOUR, 0);
  fill?.(live, ghost);
  return {
    now: 4 * HOUR, finished: true, dayStart: 8 * HOUR, closeTime: 4 * HOUR, intervalSeconds: 1800,
    weights: { resources: 0.4, people: 0.3, improvement: 0.3 }, budget: 400,
    channels: [{ index: 0, id: 'voice', kind: 'voice', realTime: true, target: 0.8, thresholdSeconds: 20, hasDueTime: false }],
    advisers: [
      { id: 'a1', name: 'Léa Garcia', proficiency: 0.9, newHire: false, shiftStart: 0 },
      { id: 'a2', name: 'Julie Rousseau', proficiency: 0.35, newHire: true, shiftStart: 0 },
    ],
    overflowGroups: [],
    live: { counters: live, stress: 0.2, fatigue: 0.2, cost: 0 },
    ghost: { counters: ghost, stress: 0.2, fatigue: 0.2, cost: 0 },
    commands: [], hands: [], absences: [], admin: [], breaches: [], recordings: [], incidents: [],
    ...over,
  };
}

const cmd = (at: number, type: string, extra: Record<string, unknown> = {}): CommandRecord => ({ at, type, status: 'applied', command: { type, ...extra } });
const breach = (at: number): BreachSnapshot => ({ at, rule: 'workSequenceOver3h', channelId: '', recordId: -1, adviserId: 'a1' });
/** A new hire coached and an evaluation made, so only what a test adds moves the score. */
const duties = { commands: [cmd(600, 'coach', { adviserId: 'a2', minutes: 15 })], recordings: [{ at: 700, adviserId: 'a1', contactId: 1 } as ShiftFacts['recordings'][number]] };

/** Writes one interval's service: `within` of `answered` within the threshold. */
function serve(c: KpiCounters, at: number, answered: number, within: number) {
  c.add(0, at, Field.offered, answered);
  c.add(0, at, Field.answered, answered);
  c.add(0, at, Field.answeredWithinThreshold, within);
}

describe('the score', () => {
  it('starts every block at 50 and moves it by its entries only', () => {
    const s = computeScore(facts(duties));
    const r1 = (x: number) => Math.round(x * 10) / 10;
    expect(s.byBlock).toEqual({ resources: 50, people: r1(blockValue(RULES.coachNeedy)), improvement: r1(blockValue(RULES.listenIn)) });
    expect(s.entries.map((e) => e.code)).toEqual(['coachNeedy', 'listenIn']);
  });

  it('judges service against the ghost run: the same day as the ghost earns nothing, better earns, worse loses', () => {
    const same = computeScore(facts(duties, (l, g) => { serve(l, 100, 100, 60); serve(g, 100, 100, 60); }));
    const better = computeScore(facts(duties, (l, g) => { serve(l, 100, 100, 75); serve(g, 100, 100, 60); }));
    const worse = computeScore(facts(duties, (l, g) => { serve(l, 100, 100, 45); serve(g, 100, 100, 60); }));
    expect(same.byBlock.resources).toBe(50);
    expect(better.byBlock.resources).toBeGreaterThan(55);
    expect(worse.byBlock.resources).toBeLessThan(45);
    expect(better.entries.find((e) => e.code === 'serviceLevelVsGhost')?.points).toBeGreaterThan(0);
  });

  it('every breach costs: no floor makes the next one free', () => {
    let previous = Infinity;
    for (const n of [0, 1, 4, 5, 12, 13, 40]) {
      const s = computeScore(facts({ ...duties, breaches: Array.from({ length: n }, (_, i) => breach(600 + i)) }));
      expect(s.byBlock.improvement).toBeLessThan(previous);
      previous = s.byBlock.improvement;
    }
  });

  it('splits the hands share over the hands settled: all answered quickly is the full share, all left is minus it', () => {
    const hand = (raisedAt: number, answered: boolean): HandFact => ({ adviserId: 'a1', raisedAt, vip: false, answeredAt: answered ? raisedAt + 30 : null, expiredAt: answered ? null : raisedAt + 90 });
    const all = computeScore(facts({ ...duties, hands: [hand(1000, true), hand(2000, true), hand(3000, true)] }));
    const none = computeScore(facts({ ...duties, hands: [hand(1000, false), hand(2000, false)] }));
    const base = computeScore(facts(duties));
    expect(all.byBlock.people - base.byBlock.people).toBeGreaterThan(10);
    expect(none.byBlock.people).toBeLessThan(base.byBlock.people - 10);
    expect(none.entries.filter((e) => e.code === 'handUnanswered')).toHaveLength(2);
  });

  it('rewards announcing an incident in time more than late, and costs when nobody does', () => {
    const incidents = [{ at: HOUR, end: 2 * HOUR, channelId: 'voice' }];
    const score = (commands: CommandRecord[]) => computeScore(facts({ ...duties, commands: [...duties.commands, ...commands], incidents })).byBlock;
    const quick = score([cmd(HOUR + 120, 'setIvrMessage', { channelId: 'voice', message: 'incident' }), cmd(HOUR + 180, 'teamBriefing', { minutes: 3 })]);
    const late = score([cmd(HOUR + 1500, 'setIvrMessage', { channelId: 'voice', message: 'incident' }), cmd(HOUR + 1500, 'teamBriefing', { minutes: 3 })]);
    const never = score([]);
    expect(quick.resources).toBeGreaterThan(late.resources);
    expect(late.resources).toBeGreaterThan(never.resources);
    expect(quick.improvement).toBeGreaterThan(late.improvement);
    expect(never.resources).toBeLessThan(50);
  });

  it('coaching aimed at who needs it earns, coaching the strongest costs a little', () => {
    const base = { recordings: duties.recordings };
    const needy = computeScore(facts({ ...base, commands: [cmd(600, 'coach', { adviserId: 'a2', minutes: 15 })] }));
    const strong = computeScore(facts({ ...base, commands: [cmd(600, 'coach', { adviserId: 'a1', minutes: 15 })] }));
    expect(needy.byBlock.people).toBeGreaterThan(strong.byBlock.people);
    expect(strong.entries.map((e) => e.code)).toEqual(expect.arrayContaining(['coachStrong', 'newHireUncoached']));
  });

  it('an absence not recorded costs once its half hour is over; recorded in time earns', () => {
    const absences = [{ at: HOUR, adviserId: 'a1' }];
    const open = computeScore(facts({ ...duties, absences, now: HOUR + 1700, finished: false }));
    const missed = computeScore(facts({ ...duties, absences }));
    const recorded = computeScore(facts({ ...duties, absences, commands: [...duties.commands, cmd(HOUR + 300, 'recordAbsence', { adviserId: 'a1' })] }));
    expect(open.entries.some((e) => e.code === 'absenceUnrecorded')).toBe(false);
    expect(missed.entries.some((e) => e.code === 'absenceUnrecorded')).toBe(true);
    expect(recorded.byBlock.people).toBeGreaterThan(missed.byBlock.people);
  });

  it('entries explain every point: per block they add up to the distance from 50', () => {
    const s = computeScore(facts({ breaches: [breach(600), breach(900)], hands: [{ adviserId: 'a1', raisedAt: 100, vip: false, answeredAt: 130, expiredAt: null }] }, (l, g) => { serve(l, 100, 100, 70); serve(g, 100, 100, 60); }));
    for (const block of ['resources', 'people', 'improvement'] as const) {
      const sum = s.entries.filter((e) => e.block === block).reduce((a, e) => a + e.points, 0);
      expect(Math.abs(sum - (s.byBlock[block] - 50)), block).toBeLessThan(0.05 * s.entries.length + 0.1);
    }
    expect(s.total).toBeCloseTo(0.4 * s.byBlock.resources + 0.3 * s.byBlock.people + 0.3 * s.byBlock.improvement, 0);
  });

  it('gives one trend point per interval so far, the last one equal to the total', () => {
    const s = computeScore(facts({ ...duties, now: 2 * HOUR + 60, finished: false }));
    expect(s.byInterval.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
    expect(s.byInterval[s.byInterval.length - 1].total).toBe(s.total);
  });
});
