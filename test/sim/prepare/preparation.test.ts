/**
 * The preparation phase: the three planning commands (schema, refusals, effects),
 * the plan check's findings on crafted plans, the score crediting a sound plan, and
 * determinism. One shipped day (campaign-preparation, 09:00–17:00) cut short where a
 * whole day is not needed.
 */
import { describe, expect, it } from 'vitest';
import { commandSchema, createSimulation, parseScenario, type Scenario } from '../../../sim/index';
import { checkPlan } from '../../../sim/prepare/checkPlan';
import { loadScenario } from '../helpers';

const FILE = 'scenarios/training/campaign-preparation.json';
const day = loadScenario(FILE);
/** The same day to 12:00: enough for the morning's plans. */
const morning: Scenario = { ...day, clock: { ...day.clock, end: '12:00' }, channels: day.channels.map((c) => ({ ...c, forecast: undefined })) };

const fixBreaks = (adviserId: string, shift = 0) => ({
  at: 0, type: 'planBreaks', adviserId,
  breaks: [{ start: `10:${30 + shift}`, minutes: 10 }, { start: `12:${30 + shift}`, minutes: 45 }, { start: `15:${shift}0`, minutes: 10 }],
});
const campaignAfternoon = (adviserId: string) => ({ at: 0, type: 'planChannel', adviserId, channelId: 'outbound', from: '11:00', to: '17:00' });
const SOUND = [
  fixBreaks('a01'), fixBreaks('a02', 1),
  { at: 0, type: 'configureDialer', channelId: 'outbound', retry: { maxAttempts: 4 }, windows: [{ from: '11:00', to: '13:00' }, { from: '14:00', to: '17:00' }] },
  campaignAfternoon('a10'), campaignAfternoon('a11'), campaignAfternoon('a12'),
  { at: 0, type: 'teamBriefing', minutes: 10 },
];
const codes = (check: ReturnType<typeof checkPlan>, severity = 'error') => check.findings.filter((f) => f.severity === severity).map((f) => f.code);

describe('preparation commands: schema', () => {
  it('accepts the three planning commands and refuses malformed ones', () => {
    for (const c of SOUND) expect(commandSchema.safeParse(c).success, c.type).toBe(true);
    expect(commandSchema.safeParse({ at: 0, type: 'planBreaks', adviserId: 'a01' }).success).toBe(false);
    expect(commandSchema.safeParse({ at: 0, type: 'planBreaks', adviserId: 'a01', breaks: [{ start: '25:99', minutes: 10 }] }).success).toBe(false);
    expect(commandSchema.safeParse({ at: 0, type: 'planChannel', adviserId: 'a01', channelId: 'voice', from: '10:00' }).success).toBe(false);
    expect(commandSchema.safeParse({ at: 0, type: 'configureDialer', channelId: 'outbound', mode: 'predictive' }).success).toBe(false);
    expect(commandSchema.safeParse({ at: 0, type: 'configureDialer', channelId: 'outbound', retry: { maxAttempts: 4, perDay: 2 } }).success).toBe(false);
  });

  it('reads the scenario field, and refuses a campaign channel that does not exist', () => {
    expect(day.preparation).toEqual({ campaignChannelId: 'outbound', minCampaignAdvisers: 3, briefing: { required: true, topics: expect.any(Array) } });
    const bad = JSON.parse(JSON.stringify(day));
    bad.preparation.campaignChannelId = 'fax';
    expect(() => parseScenario(JSON.stringify(bad), 'bad.json')).toThrow(/preparation\.campaignChannelId/);
    bad.preparation = { briefing: { required: 'yes' } };
    expect(() => parseScenario(JSON.stringify(bad), 'bad.json')).toThrow(/briefing/);
  });
});

describe('preparation commands: refusals change nothing', () => {
  const sim = createSimulation(morning);
  const refused = (command: Record<string, unknown>) => {
    const r = sim.submit(command);
    sim.advanceTo(0);
    const logged = sim.result().commands.at(-1)!;
    return r.status === 'rejected' ? r.code : logged.status === 'rejected' ? logged.code : 'applied';
  };
  it('names why a plan cannot be carried out', () => {
    expect(refused({ at: 0, type: 'planBreaks', adviserId: 'a01', breaks: [{ start: '08:30', minutes: 10 }] })).toBe('breakInThePast');
    expect(refused({ at: 0, type: 'planBreaks', adviserId: 'a01', breaks: [{ start: '16:55', minutes: 10 }] })).toBe('breakOutsideShift');
    expect(refused({ at: 0, type: 'planBreaks', adviserId: 'a01', breaks: [{ start: '10:00', minutes: 20 }, { start: '10:10', minutes: 10 }] })).toBe('breaksOverlap');
    expect(refused({ at: 0, type: 'planBreaks', adviserId: 'zz', breaks: [] })).toBe('unknownAdviser');
    expect(refused({ at: 0, type: 'planChannel', adviserId: 'a01', channelId: 'outbound', from: '10:00', to: '11:00' })).toBe('noSkillFor');
    expect(refused({ at: 0, type: 'planChannel', adviserId: 'a10', channelId: 'outbound', from: '11:00', to: '10:00' })).toBe('badTimeRange');
    expect(refused({ at: 0, type: 'configureDialer', channelId: 'voice', mode: 'preview' })).toBe('notOutbound');
    expect(refused({ at: 0, type: 'planChannel', adviserId: 'a10', channelId: 'outbound', from: '10:00', to: '11:00' })).toBe('applied');
    expect(refused({ at: 0, type: 'planChannel', adviserId: 'a10', channelId: 'outbound', from: '10:30', to: '11:30' })).toBe('channelPlanOverlap');
  });

  it('applies an illegal plan, saying which rules it breaks', () => {
    const s = createSimulation(morning, { commands: [
      { at: 0, type: 'planBreaks', adviserId: 'a03', breaks: [] },
      { at: 0, type: 'configureDialer', channelId: 'outbound', windows: [{ from: '08:00', to: '12:00' }] },
    ] });
    s.runToEnd();
    const [breaks, dialer] = s.result().commands;
    expect([breaks.status, breaks.code]).toEqual(['applied', 'appliedBreaksRules']);
    expect([dialer.status, dialer.code]).toEqual(['applied', 'appliedOutsideLegalHours']);
    // The dialer still keeps to the legal hours: no call before 10:00.
    const early = s.result().kpis.byInterval.filter((r) => r.channelId === 'outbound' && r.start < '10:00');
    expect(early.reduce((n, r) => n + r.outbound.attempts, 0)).toBe(0);
  });
});

describe('preparation commands: effects', () => {
  it('planBreaks replaces the day’s breaks, and the adviser takes them', () => {
    const s = createSimulation(morning, { commands: [{ at: 0, type: 'planBreaks', adviserId: 'a03', breaks: [{ start: '09:40', minutes: 15 }, { start: '11:20', minutes: 10 }] }] });
    s.advanceTo(60);
    const plan = s.snapshot().advisers.find((a) => a.id === 'a03')!.schedule.breaks;
    expect(plan.map((b) => [b.at, b.minutes])).toEqual([[40 * 60, 15], [140 * 60, 10]]);
    s.runToEnd();
    const taken = s.snapshot().advisers.find((a) => a.id === 'a03')!.schedule.breaks;
    expect(taken.every((b) => b.startedAt !== null && b.startedAt >= b.at)).toBe(true);
  });

  it('planChannel moves the adviser to the channel from `from` to `to`, then back', () => {
    const s = createSimulation(morning, { commands: [{ at: 0, type: 'planChannel', adviserId: 'a10', channelId: 'outbound', from: '10:00', to: '11:00' }] });
    const skills = () => s.snapshot().advisers.find((a) => a.id === 'a10')!.skills;
    s.advanceTo(30 * 60);
    expect(skills()).toEqual({ voice: 0.75, outbound: 0.8 });
    s.advanceTo(90 * 60);
    expect(skills()).toEqual({ outbound: 0.8 });
    s.advanceTo(150 * 60);
    expect(skills()).toEqual({ voice: 0.75, outbound: 0.8 });
  });

  it('configureDialer keeps the campaign to its windows and resizes the list', () => {
    const s = createSimulation(morning, { commands: [{ at: 0, type: 'configureDialer', channelId: 'outbound', windows: [{ from: '11:00', to: '12:00' }], listSize: 50, mode: 'preview' }] });
    s.runToEnd();
    const r = s.result();
    const attempts = (from: string, to: string) => r.kpis.byInterval.filter((x) => x.channelId === 'outbound' && x.start >= from && x.start < to).reduce((n, x) => n + x.outbound.attempts, 0);
    expect(attempts('09:00', '11:00')).toBe(0);
    expect(attempts('11:00', '12:00')).toBeGreaterThan(0);
    expect(r.outbound[0].listSize).toBe(50);
    const late = createSimulation(morning, { commands: [{ at: '11:30', type: 'configureDialer', channelId: 'outbound', listSize: 10 }] });
    late.runToEnd();
    expect(late.result().commands[0].code).toBe('dialerStarted');
  });
});

describe('checkPlan', () => {
  it('finds the day’s faults as it comes: the dialer’s attempts, no briefing', () => {
    const check = checkPlan(day, []);
    expect(codes(check)).toEqual(['tooManyAttempts', 'briefingMissing']);
    expect(check.staffing).toHaveLength(16);
  });

  it('finds a break plan that breaks the labour rules', () => {
    const check = checkPlan(day, [{ at: 0, type: 'planBreaks', adviserId: 'a03', breaks: [{ start: '12:00', minutes: 10 }] }]);
    const labour = check.findings.filter((f) => f.params.adviserId === 'a03').map((f) => [f.code, f.params.time]);
    expect(labour).toEqual([['workSequenceOver3h', '12:00'], ['noBreakAfter6h', '15:10'], ['workSequenceOver3h', '15:10']]);
  });

  it('a sound plan has no error, and the staffing table counts the channel moves', () => {
    const check = checkPlan(day, SOUND);
    expect(codes(check)).toEqual([]);
    expect(codes(check, 'ok')).toEqual(expect.arrayContaining(['labourOk', 'staffingOk', 'dialerCompliant', 'campaignStaffed', 'briefingDone']));
    const at = (interval: string) => check.staffing.find((r) => r.interval === interval)!;
    expect([at('10:30').planned, at('11:30').planned]).toEqual([12, 9]);
  });

  it('finds an understaffed interval, an illegal window and a shift over 10 h', () => {
    const allDay = ['a10', 'a11', 'a12'].map((adviserId) => ({ at: 0, type: 'planChannel', adviserId, channelId: 'outbound', from: '09:00', to: '17:00' }));
    const check = checkPlan(day, [...SOUND.filter((c) => c.type !== 'planChannel'), ...allDay,
      { at: '09:00', type: 'configureDialer', channelId: 'outbound', windows: [{ from: '09:00', to: '12:00' }] },
      { at: 0, type: 'askOvertime', adviserId: 'a05', minutes: 150 }]);
    const understaffed = check.findings.find((f) => f.code === 'understaffed')!;
    expect(understaffed.params).toMatchObject({ channel: 'voice', intervals: 2, missing: 1, first: '10:00' });
    expect(check.findings.find((f) => f.code === 'windowOutsideLegalHours')?.params.window).toBe('09:00–12:00');
    expect(check.findings.find((f) => f.code === 'dailyMax10h')?.params).toMatchObject({ adviserId: 'a05', hours: 10.5 });
    // Commands later in the day are not the plan.
    expect(codes(checkPlan(day, SOUND.map((c) => ({ ...c, at: '09:30' }))))).toContain('briefingMissing');
  });

  it('campaign staffing counts the skilled advisers the plan leaves', () => {
    const check = checkPlan(day, [{ at: 0, type: 'setSkills', adviserId: 'a12', skills: { voice: 0.8 } }]);
    expect(check.findings.find((f) => f.code === 'campaignUnderstaffed')?.params).toMatchObject({ advisers: 2, needed: 3 });
  });
});

describe('the score of a preparation', () => {
  const run = (commands: readonly unknown[]) => {
    const s = createSimulation(day, { commands });
    s.runToEnd();
    return s.result();
  };
  const sound = run(SOUND);
  const unsound = run([{ at: 0, type: 'planBreaks', adviserId: 'a03', breaks: [] }, { at: 0, type: 'configureDialer', channelId: 'outbound', windows: [{ from: '08:00', to: '13:00' }] }, ...['a10', 'a11', 'a12'].map((adviserId) => ({ at: 0, type: 'planChannel', adviserId, channelId: 'outbound', from: '09:00', to: '17:00' }))]);

  it('credits a sound plan above an unsound one on the same seed', () => {
    const prep = (r: typeof sound) => r.score.entries.filter((e) => e.code.startsWith('prep')).map((e) => e.code).sort();
    expect(prep(sound)).toEqual(['prepBriefed', 'prepSound', 'prepStaffed']);
    expect(prep(unsound)).toEqual(['prepBriefingMissing', 'prepTooManyAttempts', 'prepUnderstaffed', 'prepWindowOutsideLegalHours']);
    expect(sound.score.byBlock.resources).toBeGreaterThan(unsound.score.byBlock.resources);
    expect(sound.score.total).toBeGreaterThan(unsound.score.total);
  });

  it('charges no break-rule finding twice: the engine scores those breaches as they happen', () => {
    expect(unsound.score.entries.some((e) => e.code === 'prepNoBreakAfter6h' || e.code === 'prepWorkSequenceOver3h')).toBe(false);
    expect(unsound.score.entries.filter((e) => e.code === 'breach').map((e) => e.params.rule)).toEqual(expect.arrayContaining(['noBreakAfter6h', 'workSequenceOver3h']));
    expect(sound.breaches).toEqual([]);
  });

  it('is deterministic: the same plan gives the same run and the same check', () => {
    expect(run(SOUND).resultHash).toBe(sound.resultHash);
    expect(checkPlan(day, SOUND)).toEqual(checkPlan(day, SOUND));
  });
});
