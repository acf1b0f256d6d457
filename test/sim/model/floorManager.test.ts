/**
 * The floor manager (chef de plateau): the scenario field, reportToManager and
 * its refusals, the budget and the manager's grants, and how reporting up is
 * judged (sim/model/floorManager.ts, sim/kpi/judge/manager.ts). Short days.
 */
import { describe, expect, it } from 'vitest';
import { commandSchema, createSimulation, scenarioSchema, type Scenario, type ScenarioInput, type SimulationResult } from '../../../sim/index';
import { managerEntries } from '../../../sim/kpi/judge/manager';
import { KpiCounters } from '../../../sim/kpi/counters';
import type { ShiftFacts } from '../../../sim/kpi/shiftFacts';

/** 08:00–10:00, one voice line, five advisers, an outsourcer; `load` calls an hour. */
function day(load: number, extra: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    schemaVersion: 2, id: 'manager-day', title: { fr: 'Chef de plateau', en: 'Floor manager' }, seed: 11,
    clock: { start: '08:00', end: '10:00' },
    channels: [{
      id: 'voice', kind: 'voice', name: { fr: 'Voix', en: 'Voice' }, serviceLevel: { thresholdSeconds: 20, target: 0.8 },
      arrivals: { perHour: load }, handleTime: { dist: 'exponential', mean: 180 }, patience: { dist: 'exponential', mean: 120 },
    }],
    team: { generate: { count: 5, skills: { voice: 1 } } },
    overflow: [{ id: 'outsourcer', channels: ['voice'], capacity: 5, afterWaitSeconds: 30, costPerContact: 4 }],
    ...extra,
  } as ScenarioInput);
}

const manager = { reportWithinMinutes: 15, answerAfterMinutes: 5, budget: { overflowMinutes: 10, overtimeMinutes: 30, callIns: 0 } };
const incident = [{ type: 'incident', at: '08:30', minutes: 30, channelId: 'voice', surge: 1.2 }];
const codes = (r: SimulationResult) => r.score.entries.map((e) => e.code);
const at = (hhmm: string) => { const [h, m] = hhmm.split(':').map(Number); return (h - 8) * 3600 + m * 60; };

describe('the floor manager: scenario field and command', () => {
  it('is an optional scenario field with defaults; unknown fields are refused', () => {
    expect(day(60).floorManager).toBeUndefined();
    expect(day(60, { floorManager: {} }).floorManager).toEqual({});
    expect(() => day(60, { floorManager: { reportWithin: 5 } as never })).toThrow();
    const sim = createSimulation(day(60, { floorManager: {} }));
    expect(sim.snapshot().manager).toMatchObject({ reportWithinMinutes: 15, answerAfterMinutes: 5, endOfWeek: false, reports: [], requests: [], grants: [] });
  });

  it('validates reportToManager: subject, request kind, note length', () => {
    expect(commandSchema.safeParse({ at: 0, type: 'reportToManager', subject: 'incident' }).success).toBe(true);
    expect(commandSchema.safeParse({ at: 0, type: 'reportToManager', subject: 'request', request: 'overtime', note: 'surge' }).success).toBe(true);
    expect(commandSchema.safeParse({ at: 0, type: 'reportToManager', subject: 'gossip' }).success).toBe(false);
    expect(commandSchema.safeParse({ at: 0, type: 'reportToManager', subject: 'incident', note: 'x'.repeat(501) }).success).toBe(false);
  });

  it('refuses a report without a floor manager, a request without its kind, a kind without a budget', () => {
    const none = createSimulation(day(60));
    none.advanceTo(60);
    expect(none.submit({ type: 'reportToManager', subject: 'incident' })).toMatchObject({ status: 'rejected', code: 'noManager' });
    expect(none.snapshot().manager).toBeUndefined();
    const sim = createSimulation(day(60, { floorManager: { budget: { overflowMinutes: 10 } } }));
    sim.advanceTo(60);
    expect(sim.submit({ type: 'reportToManager', subject: 'request' })).toMatchObject({ status: 'rejected', code: 'requestMissing' });
    expect(sim.submit({ type: 'reportToManager', subject: 'incident', request: 'overflow' })).toMatchObject({ status: 'rejected', code: 'requestNotExpected' });
    expect(sim.submit({ type: 'reportToManager', subject: 'request', request: 'overtime' })).toMatchObject({ status: 'rejected', code: 'nothingToGrant' });
    expect(sim.snapshot().manager!.reports).toEqual([]);
  });

  it('takes a free supervisor a minute, and is still sent when they are busy', () => {
    const sim = createSimulation(day(60, { floorManager: {} }));
    sim.advanceTo(600);
    expect(sim.submit({ type: 'reportToManager', subject: 'incident', note: 'billing outage' }).status).toBe('applied');
    expect(sim.snapshot().supervisor).toMatchObject({ state: 'reporting', until: 660 });
    expect(sim.submit({ type: 'teamBriefing', minutes: 5 })).toMatchObject({ status: 'rejected', code: 'supervisorBusy' });
    expect(sim.submit({ type: 'reportToManager', subject: 'ruleBreach' }).status).toBe('applied');
    sim.advanceTo(661);
    expect(sim.snapshot().supervisor.state).toBe('available');
    expect(sim.snapshot().manager!.reports).toEqual([{ at: 600, subject: 'incident', note: 'billing outage' }, { at: 600, subject: 'ruleBreach' }]);
  });
});

describe('the floor manager: budget and grants', () => {
  it('refuses overflow past its budget, grants it when justified, then lets it open', () => {
    const sim = createSimulation(day(150, { floorManager: manager, events: incident } as Partial<ScenarioInput>));
    sim.advanceTo(at('08:05'));
    expect(sim.submit({ type: 'openOverflow', groupId: 'outsourcer' }).status).toBe('applied');
    sim.advanceTo(at('08:20'));
    expect(sim.submit({ type: 'closeOverflow', groupId: 'outsourcer' }).status).toBe('applied');
    sim.advanceTo(at('08:25'));
    const refused = sim.submit({ type: 'openOverflow', groupId: 'outsourcer' });
    expect(refused).toMatchObject({ status: 'rejected', code: 'needsManager', params: { budget: 'overflow', limit: 10, used: 15 } });
    expect(refused.reason).toContain('overflow budget');
    expect(sim.submit({ type: 'reportToManager', subject: 'request', request: 'overflow' })).toMatchObject({ status: 'applied', params: { answerAt: '08:30:00' } });
    expect(sim.submit({ type: 'reportToManager', subject: 'request', request: 'overflow' })).toMatchObject({ status: 'rejected', code: 'requestPending' });
    sim.advanceTo(at('08:29'));
    expect(sim.snapshot().manager!.requests).toEqual([{ at: at('08:25'), request: 'overflow', status: 'pending' }]);
    sim.advanceTo(at('08:32'));
    const m = sim.snapshot().manager!;
    expect(m.requests[0]).toMatchObject({ status: 'granted', answeredAt: at('08:30'), because: 'incident' });
    expect(m.grants).toEqual([{ at: at('08:30'), request: 'overflow' }]);
    expect(sim.snapshot().activity.some((e) => e.code === 'managerGranted' && e.params.request === 'overflow')).toBe(true);
    expect(sim.submit({ type: 'openOverflow', groupId: 'outsourcer' }).status).toBe('applied');
    sim.runToEnd();
    expect(sim.result().manager!.grants).toHaveLength(1);
  });

  it('refuses a request nothing justifies (a quiet line, no incident, no absence): it costs a little', () => {
    const team = { generate: [{ count: 4, skills: { voice: 1 } }, { count: 1, skills: { voice: 1 }, shift: { start: '09:30', end: '10:00' } }] };
    const sim = createSimulation(day(20, { floorManager: manager, team } as Partial<ScenarioInput>));
    sim.advanceTo(at('08:10'));
    const off = sim.snapshot().advisers.find((a) => a.state === 'offline')!.id;
    expect(sim.submit({ type: 'callInAdviser', adviserId: off })).toMatchObject({ status: 'rejected', code: 'needsManager', params: { budget: 'callIn', limit: 0 } });
    expect(sim.submit({ type: 'reportToManager', subject: 'request', request: 'callIn' }).status).toBe('applied');
    sim.advanceTo(at('08:16'));
    expect(sim.snapshot().manager!.requests[0]).toMatchObject({ status: 'refused', because: 'notJustified', answeredAt: at('08:15') });
    expect(sim.snapshot().activity.some((e) => e.code === 'managerRefused')).toBe(true);
    expect(sim.submit({ type: 'callInAdviser', adviserId: off })).toMatchObject({ status: 'rejected', code: 'needsManager' });
    sim.runToEnd();
    expect(codes(sim.result())).toContain('managerRequestRefused');
  });

  it('counts accepted overtime against its budget', () => {
    const sim = createSimulation(day(20, { floorManager: { budget: { overtimeMinutes: 30 } } }));
    sim.advanceTo(at('08:10'));
    const ids = sim.snapshot().advisers.map((a) => a.id);
    let asked = 0;
    for (const id of ids) {
      const r = sim.submit({ type: 'askOvertime', adviserId: id, minutes: 20 });
      if (r.status === 'applied') asked += 20;
      else if (asked >= 20) expect(r.code === 'needsManager' || r.code === 'overtimeDeclined').toBe(true);
    }
    expect(asked).toBeLessThanOrEqual(30);
    expect(sim.snapshot().manager!.used.overtimeMinutes).toBe(asked);
  });

  it('leaves runs without a floor manager exactly as they were', () => {
    const plain = createSimulation(day(150), { commands: [{ at: 600, type: 'openOverflow', groupId: 'outsourcer' }] });
    plain.runToEnd();
    const r = plain.result();
    expect('manager' in r).toBe(false);
    expect(codes(r).some((c) => /Report|Reported|Unreported|manager/.test(c))).toBe(false);
  });
});

describe('the floor manager: reporting up is judged', () => {
  const run = (commands: unknown[], extra: Partial<ScenarioInput> = {}) => {
    const sim = createSimulation(day(60, { floorManager: { reportWithinMinutes: 15 }, events: incident, ...extra } as Partial<ScenarioInput>), { commands });
    sim.runToEnd();
    return sim.result();
  };
  const report = (time: string, subject: string) => ({ at: time, type: 'reportToManager', subject });
  const entry = (r: SimulationResult, code: string) => r.score.entries.find((e) => e.code === code);

  it('an incident reported on time earns, late earns half, missing costs once the deadline is past', () => {
    const onTime = run([report('08:35', 'incident'), report('09:40', 'endOfDay')]);
    const late = run([report('08:50', 'incident'), report('09:40', 'endOfDay')]);
    const missing = run([report('09:40', 'endOfDay')]);
    expect(entry(onTime, 'incidentReported')).toBeDefined();
    expect(entry(late, 'incidentReportedLate')?.params).toMatchObject({ minutes: 20 });
    expect(entry(missing, 'incidentUnreported')?.at).toBe(at('09:00'));
    expect(onTime.score.byBlock.improvement).toBeGreaterThan(late.score.byBlock.improvement);
    expect(late.score.byBlock.improvement).toBeGreaterThan(missing.score.byBlock.improvement);
    // The ghost reports nothing: doing nothing misses the incident and the end-of-day report.
    expect(missing.baseline.score.byBlock.improvement).toBeLessThan(onTime.score.byBlock.improvement);
  });

  it('a report with nothing to report costs a little; an update during the incident does not', () => {
    const base = run([report('08:35', 'incident'), report('09:40', 'endOfDay')]);
    const spam = run([report('08:10', 'incident'), report('08:35', 'incident'), report('09:40', 'endOfDay')]);
    const update = run([report('08:35', 'incident'), report('08:50', 'incident'), report('09:40', 'endOfDay')]);
    expect(entry(spam, 'managerReportIdle')?.params).toMatchObject({ subject: 'incident', time: '08:10' });
    expect(spam.score.byBlock.improvement).toBeLessThan(base.score.byBlock.improvement);
    expect(entry(update, 'managerReportIdle')).toBeUndefined();
    expect(update.score.byBlock.improvement).toBe(base.score.byBlock.improvement);
  });

  it('expects the end-of-day report from 30 minutes before the close; too early does not count', () => {
    const early = run([report('08:35', 'incident'), report('09:00', 'endOfDay')]);
    expect(entry(early, 'endOfDayReportMissing')).toBeDefined();
    expect(entry(early, 'managerReportIdle')?.params).toMatchObject({ subject: 'end-of-day report' });
    const inTime = run([report('08:35', 'incident'), report('09:31', 'endOfDay')]);
    expect(entry(inTime, 'endOfDayReport')).toBeDefined();
    expect(entry(inTime, 'endOfDayReportMissing')).toBeUndefined();
  });

  it('expects an end-of-week report only on the week\'s last day', () => {
    const last = { floorManager: { endOfWeek: true } } as Partial<ScenarioInput>;
    const missing = run([report('08:35', 'incident'), report('09:40', 'endOfDay')], last);
    expect(entry(missing, 'endOfWeekReportMissing')).toBeDefined();
    const sent = run([report('08:35', 'incident'), report('09:40', 'endOfDay'), report('09:41', 'endOfWeek')], last);
    expect(entry(sent, 'endOfWeekReport')).toBeDefined();
    const notLast = run([report('08:35', 'incident'), report('09:40', 'endOfDay'), report('09:41', 'endOfWeek')]);
    expect(entry(notLast, 'managerReportIdle')?.params).toMatchObject({ subject: 'end-of-week report' });
    expect(entry(notLast, 'endOfWeekReportMissing')).toBeUndefined();
  });

  it('is deterministic: the same log gives the same result and hash, with a manager section', () => {
    const log = [report('08:35', 'incident'), { at: '08:40', type: 'reportToManager', subject: 'request', request: 'overflow' }, report('09:40', 'endOfDay')];
    const extra = { floorManager: manager } as Partial<ScenarioInput>;
    const a = run(log, extra);
    const b = run(log, extra);
    expect(a.resultHash).toBe(b.resultHash);
    expect(a.manager!.reports.map((r) => r.subject)).toEqual(['incident', 'endOfDay']);
    expect(a.manager!.requests[0]).toMatchObject({ request: 'overflow', status: 'granted', answeredAt: at('08:45') });
  });
});

describe('the judge of reports (hand-built facts)', () => {
  const HOUR = 3600;
  const facts = (over: Partial<ShiftFacts>): ShiftFacts => {
    const counters = new KpiCounters(1, 1800, 2 * HOUR, 0);
    return {
      now: 2 * HOUR, finished: true, dayStart: 8 * HOUR, closeTime: 2 * HOUR, intervalSeconds: 1800,
      weights: { resources: 0.4, people: 0.3, improvement: 0.3 }, budget: 400,
      channels: [{ index: 0, id: 'voice', kind: 'voice', realTime: true, target: 0.8, thresholdSeconds: 20, hasDueTime: false }],
      advisers: [{ id: 'a1', name: 'Léa Garcia', proficiency: 0.9, newHire: false, shiftStart: 0 }],
      overflowGroups: [],
      live: { counters, stress: 0, fatigue: 0, cost: 0 }, ghost: { counters, stress: 0, fatigue: 0, cost: 0 },
      commands: [], hands: [], absences: [], admin: [], breaches: [], recordings: [], incidents: [],
      ...over,
    };
  };
  const breach = (t: number) => ({ at: t, rule: 'workSequenceOver3h', channelId: '', recordId: -1, adviserId: 'a1' });

  it('groups breaches close in time: one report covers a group', () => {
    const m = { reportWithinMinutes: 15, endOfWeek: false, reports: [{ at: 700, subject: 'ruleBreach' }, { at: 6000, subject: 'endOfDay' }], requests: [] };
    const out = managerEntries(facts({ manager: m, breaches: [breach(600), breach(900), breach(3000)] }), 2 * HOUR);
    expect(out.filter((e) => e.code === 'breachReported').map((e) => e.params.count)).toEqual([2]);
    expect(out.filter((e) => e.code === 'breachUnreported').map((e) => e.at)).toEqual([3000 + 1800]);
    expect(out.some((e) => e.code === 'endOfDayReportMissing')).toBe(false);
  });

  it('judges nothing without a floor manager', () => {
    expect(managerEntries(facts({ breaches: [breach(600)] }), 2 * HOUR)).toEqual([]);
  });
});
