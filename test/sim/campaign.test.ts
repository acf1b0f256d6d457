/**
 * Multi-day runs (DOMAIN.md §7): nothing is lost between days, a run replays to the
 * same hash, a command for day 2 changes day 2 only, advisers recover partly overnight,
 * the labour rules across days are checked, and the calendar decides which days open.
 */
import { describe, expect, it } from 'vitest';
import { createCampaign, runCampaign, validateScenario, ScenarioError, type CampaignResult, type ScenarioInput } from '../../sim/index';
import { planDays } from '../../sim/campaignDays';
import { labourAcrossDays } from '../../sim/campaignLabour';

const adviser = (k: number, skills: Record<string, number>) => ({ id: `a${k}`, name: `Adviser ${k}`, skills, shift: { start: '08:00', end: '17:00' } });

/** A small centre: calls (with a callback offer), callbacks and emails; a day takes a few tens of ms. */
function campaign(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    schemaVersion: 2, id: 'campaign-kit', title: { fr: 'Campagne', en: 'Campaign' }, seed: 11,
    date: '2026-05-04', days: 3, clock: { start: '08:00', end: '17:00' },
    channels: [
      {
        id: 'voice', kind: 'voice', arrivals: { perHour: 60 }, handleTime: { dist: 'exponential', mean: 240 },
        patience: { dist: 'exponential', mean: 120 }, retrial: { share: 0.3, delay: { dist: 'exponential', mean: 1800 } },
        callback: { channel: 'cb', offerWhenWaitOverSeconds: 60, acceptShare: 0.5, dueWithinMinutes: 240 },
      },
      { id: 'cb', kind: 'callback', handleTime: { dist: 'exponential', mean: 300 } },
      { id: 'email', kind: 'email', arrivals: { perHour: 30 }, handleTime: { dist: 'exponential', mean: 600 }, due: { hours: 24 } },
    ],
    team: { advisers: [adviser(1, { voice: 0.8, cb: 0.7 }), adviser(2, { voice: 0.7 }), adviser(3, { voice: 0.9, email: 0.5 }), { ...adviser(4, { email: 0.8, cb: 0.6 }), newHire: true }] },
    ...extra,
  } as ScenarioInput;
}

const run = (input: ScenarioInput, commands?: unknown[]): CampaignResult => runCampaign(validateScenario(input, 'campaign.json'), { commands });
const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((t, n) => t + n, 0);

describe('multi-day runs', () => {
  const base = run(campaign());

  it('loses nothing between days: what one day leaves, the next day receives', () => {
    expect(base.byDay.map((d) => d.status)).toEqual(['open', 'open', 'open']);
    for (let d = 0; d < base.byDay.length; d++) {
      const day = base.byDay[d];
      const k = day.kpis!.byChannel;
      // Left at the end of the day: the emails and callbacks still waiting, as the counters saw them.
      expect(sum(day.carriedOut.email)).toBe(k.email.carriedOver);
      expect(sum(day.carriedOut.callback)).toBe(k.cb.carriedOver);
      if (d + 1 < base.byDay.length) {
        const next = base.byDay[d + 1];
        expect(next.carriedIn.email).toEqual(day.carriedOut.email);
        expect(next.carriedIn.callback).toEqual(day.carriedOut.callback);
        expect(next.carriedIn.retrials).toEqual(day.carriedOut.retrials);
        // The carried contacts are offered the next day (on top of its own arrivals).
        expect(next.kpis!.byChannel.email.offered).toBeGreaterThanOrEqual(sum(next.carriedIn.email));
      }
    }
    // The kit is loaded enough for something to carry: emails and callers trying again.
    expect(sum(base.byDay[1].carriedIn.email)).toBeGreaterThan(0);
    expect(sum(base.byDay[1].carriedIn.callback)).toBeGreaterThan(0);
    expect(sum(base.byDay[1].carriedIn.retrials)).toBeGreaterThan(0);
    expect(base.pendingAtEnd).toEqual(base.byDay[2].carriedOut);
  });

  it('replays to the same hash, with a hash covering every day', () => {
    const again = run(campaign());
    expect(again.resultHash).toBe(base.resultHash);
    expect(again.byDay.map((d) => d.resultHash)).toEqual(base.byDay.map((d) => d.resultHash));
    expect(new Set(base.byDay.map((d) => d.seed)).size).toBe(3);
  });

  it('applies a command to its day only, and rejects one past the end with a reason', () => {
    const changed = run(campaign(), [
      { day: 2, at: '09:00', type: 'logOut', adviserId: 'a2' },
      { day: 9, at: '09:00', type: 'logOut', adviserId: 'a1' },
    ]);
    expect(changed.byDay[0].resultHash).toBe(base.byDay[0].resultHash);
    expect(changed.byDay[1].resultHash).not.toBe(base.byDay[1].resultHash);
    expect(changed.commands.find((c) => c.day === 2)?.status).toBe('applied');
    const late = changed.commands.find((c) => c.day === 9)!;
    expect(late.status).toBe('rejected');
    expect(late.reason).toMatch(/past the run's last day \(3\)/);
    expect(changed.resultHash).not.toBe(base.resultHash);
  });

  it('plays day by day as the console does: a command given live on day 2 gives the hash of the same command logged', () => {
    const scenario = validateScenario(campaign(), 'campaign.json');
    const live = createCampaign(scenario);
    const seen: string[] = [];
    for (let day = live.startDay(); day; day = live.startDay()) {
      seen.push(day.plan.date);
      if (day.plan.day === 2) {
        day.sim.advanceTo(3600);
        expect(day.sim.submit({ at: day.sim.time, type: 'logOut', adviserId: 'a2' }).status).toBe('applied');
      }
      expect(live.endDay().day).toBe(day.plan.day);
    }
    expect(seen).toEqual(['2026-05-04', '2026-05-05', '2026-05-06']);
    expect(live.finished).toBe(true);
    const logged = run(campaign(), [{ day: 2, at: 3600, type: 'logOut', adviserId: 'a2' }]);
    expect(live.result().resultHash).toBe(logged.resultHash);
    expect(logged.resultHash).not.toBe(base.resultHash);
  });

  it('owes the floor manager the end-of-week report on the last open day only', () => {
    const withManager = campaign({ days: 2, floorManager: {} } as Partial<ScenarioInput>);
    const codes = (r: CampaignResult, day: number) => r.byDay[day - 1].score!.entries.map((e) => e.code);
    const silent = run(withManager);
    expect(codes(silent, 1)).not.toContain('endOfWeekReportMissing');
    expect(codes(silent, 2)).toContain('endOfWeekReportMissing');
    const reported = run(withManager, [{ day: 2, at: '16:50', type: 'reportToManager', subject: 'endOfWeek' }]);
    expect(codes(reported, 2)).toContain('endOfWeekReport');
    expect(reported.score.byBlock!.improvement).toBeGreaterThan(silent.score.byBlock!.improvement);
  });

  it('carries a hard day into the next morning’s mood (the absence risk’s driver)', () => {
    const mood = (r: CampaignResult, id: string) => r.byDay[0].advisers.find((a) => a.id === id)!.mood;
    for (const a of base.byDay[0].advisers) expect(a.mood).toBeLessThan(0.6);
    const harsh = run(campaign(), [{ at: '09:00', type: 'cancelBreak', adviserId: 'a1' }, { at: '09:05', type: 'cancelBreak', adviserId: 'a1' }, { at: '09:10', type: 'cancelBreak', adviserId: 'a1' }]);
    expect(mood(harsh, 'a1')).toBeLessThan(mood(base, 'a1'));
    expect(harsh.byDay[1].advisers.find((a) => a.id === 'a1')!.fatigueIn).toBeGreaterThan(base.byDay[1].advisers.find((a) => a.id === 'a1')!.fatigueIn);
  });

  it('lets advisers recover partly overnight: less tired in the morning, not fresh', () => {
    for (const a of base.byDay[0].advisers) {
      const morning = base.byDay[1].advisers.find((x) => x.id === a.id)!;
      expect(a.fatigueOut).toBeGreaterThan(0);
      expect(morning.fatigueIn).toBeLessThan(a.fatigueOut);
      expect(morning.fatigueIn).toBeGreaterThan(0);
    }
    // The new hire ramps up with the days worked.
    const skill = (d: number) => base.byDay[d].advisers.find((a) => a.id === 'a4')!.skills.email;
    expect(skill(1)).toBeGreaterThan(skill(0) - 1e-12);
    expect(skill(2)).toBeGreaterThan(0.8);
  });

  it('checks the 11-hour rest and the 10-hour day: refuses a rota, logs what overtime breaks', () => {
    const longShift = campaign({ clock: { start: '07:00', end: '21:00' }, team: { generate: { count: 3, skills: { voice: 1 } } } });
    expect(() => validateScenario(longShift, 'long.json')).toThrow(ScenarioError);
    expect(() => validateScenario(longShift, 'long.json')).toThrow(/11 hours of rest/);
    const today = new Map([['a1', { firstLogin: 0, lastLogout: 9 * 3600, worked: 10.5 * 3600 }]]);
    // Logged out at 22:30 (14.5 h after an 08:00 opening), back at 08:00: 9.5 h of rest.
    const before = new Map([['a1', { firstLogin: 0, lastLogout: 14.5 * 3600, worked: 9 * 3600 }]]);
    expect(labourAcrossDays(2, today, before, 1)).toEqual([
      { day: 2, adviserId: 'a1', rule: 'dailyRest11h', hours: 9.5 },
      { day: 2, adviserId: 'a1', rule: 'dailyMax10h', hours: 10.5 },
    ]);
    expect(labourAcrossDays(2, today, before, 3).map((b) => b.rule)).toEqual(['dailyMax10h']); // a weekend in between
  });

  it('scores a rest broken by overtime as a breach of the run (improvement block), as a day’s breaches cost', () => {
    const late = run(campaign(), ['a1', 'a2', 'a3'].map((adviserId) => ({ day: 1, at: '16:30', type: 'askOvertime', adviserId, minutes: 300 })));
    const rest = late.breaches.filter((b) => b.rule === 'dailyRest11h');
    expect(rest.length).toBeGreaterThan(0);
    const entries = late.score.entries.filter((e) => e.code === 'breachAcrossDays');
    expect(entries).toHaveLength(late.breaches.length);
    expect(entries.every((e) => e.block === 'improvement' && e.points < 0)).toBe(true);
    expect(base.score.entries).toEqual([]);
  });

  it('opens the days the calendar opens: a run starting on Friday 1 May 2026 (a holiday)', () => {
    const may = (calendar?: ScenarioInput['calendar']) => campaign({ date: '2026-05-01', days: 4, ...(calendar ? { calendar } : {}) });
    const closed = run(may());
    expect(closed.byDay.map((d) => [d.date, d.status])).toEqual([['2026-05-01', 'closed'], ['2026-05-02', 'closed'], ['2026-05-03', 'closed'], ['2026-05-04', 'open']]);
    expect(closed.byDay[0].kpis).toBeNull();
    const skeleton = run(may({ publicHoliday: { skeleton: 0.5 }, saturday: 'open' }));
    expect(skeleton.byDay.map((d) => d.status)).toEqual(['skeleton', 'open', 'closed', 'open']);
    expect(skeleton.byDay[0].advisers.map((a) => a.id)).toEqual(['a1', 'a2']);
    // Emails left on Saturday wait over Sunday and arrive on Monday, a day older.
    expect(skeleton.byDay[3].carriedIn.email).toEqual(skeleton.byDay[1].carriedOut.email);
    const rejected = run(may(), [{ day: 1, at: '09:00', type: 'logOut', adviserId: 'a1' }]).commands[0];
    expect(rejected.reason).toMatch(/day 1 \(2026-05-01\) is closed/);
  });

  it('needs a date for days, and scales volume by weekday and a drawn daily factor', () => {
    const { date: _d, ...undated } = campaign();
    expect(() => validateScenario(undated, 'undated.json')).toThrow(/needs a date/);
    expect(() => validateScenario(campaign({ events: [{ day: 5, type: 'absence', at: '09:00', adviserId: 'a1' }] }), 'e.json')).toThrow(/past the run's last day/);
    const plans = planDays(validateScenario(campaign({ weekdayProfile: { monday: 1.3 }, dayToDaySpread: 0.2 }), 'v.json'));
    expect(plans[0].plannedVolume).toBe(1.3);
    expect(plans[1].plannedVolume).toBe(1);
    expect(new Set(plans.map((p) => p.volume)).size).toBe(3);
    const again = planDays(validateScenario(campaign({ weekdayProfile: { monday: 1.3 }, dayToDaySpread: 0.2, days: 5 }), 'v.json'));
    expect(again.slice(0, 3).map((p) => p.volume)).toEqual(plans.map((p) => p.volume)); // a longer run keeps the earlier days
  });
});
