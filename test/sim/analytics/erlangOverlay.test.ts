/**
 * The lab's Erlang overlay is the analytics module's Erlang C and A, called
 * with each interval's rate, the channel's AHT, patience and threshold and the
 * advisers the roster has on shift: the figures must be identical (same
 * function, same inputs: no tolerance). Against the shared reference cases the
 * tolerance is that of test/sim/analytics/referenceCases.test.ts: 1e-9 relative,
 * the reference being rounded to 12 significant digits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangC } from '../../../sim/analytics';
import { channelAhtSeconds, channelPatienceSeconds } from '../../../sim/analytics/channelModel';
import { erlangOverlay, overlayCaveats, overlayDay, type OverlayPoint } from '../../../sim/analytics/erlangOverlay';
import { channelArrivalsPerHour } from '../../../sim/analytics/intervalRates';
import { expectedContacts } from '../../../sim/scenario/forecast';
import { toSeconds, type Scenario } from '../../../sim/index';
import { resolveTeam } from '../../../sim/model/team';
import { withStaffingProfile } from '../../../sim/scenario/staffingProfile';
import { withStaffingChange } from '../../../sim/scenario/variants';
import { DEFAULT_SCENARIO, loadScenario } from '../helpers';

type ReferenceCase = { id: string } & Record<string, number | string>;
const reference = (JSON.parse(readFileSync('test/fixtures/erlang-cases.json', 'utf8')) as { cases: ReferenceCase[] }).cases;
const referenceCase = (id: string) => reference.find((c) => c.id === id)!;

/** Advisers with the skill whose shift covers the interval's middle, counted from the engine's resolved team (not the roster module). */
function agentsOnShift(scenario: Scenario, channelId: string): number[] {
  const team = resolveTeam(scenario);
  const step = scenario.stats.intervalMinutes * 60;
  const length = toSeconds(scenario.clock.end) - toSeconds(scenario.clock.start);
  return Array.from({ length: Math.ceil(length / step) }, (_, k) => {
    const middle = (k * step + Math.min((k + 1) * step, length)) / 2;
    return team.filter((a) => (a.skills[channelId] ?? 0) > 0 && a.shiftStart <= middle && middle < a.shiftEnd).length;
  });
}

function expectOverlayIsTheFormulas(scenario: Scenario) {
  const overlays = erlangOverlay(scenario);
  const voiceLike = scenario.channels.filter((c) => (c.kind === 'voice' || c.kind === 'callback') && c.arrivals);
  expect(overlays.map((o) => o.channelId)).toEqual(voiceLike.map((c) => c.id));
  let compared = 0;
  for (const o of overlays) {
    const ch = scenario.channels.find((c) => c.id === o.channelId)!;
    const rates = channelArrivalsPerHour(ch, scenario);
    const agents = agentsOnShift(scenario, ch.id);
    expect(o.points.map((p) => p.agents), `${ch.id}: agents`).toEqual(agents);
    expect(o.points.map((p) => p.arrivalsPerHour)).toEqual(rates);
    const patience = channelPatienceSeconds(ch);
    o.points.forEach((p, k) => {
      expect(p.index).toBe(k);
      if (!(rates[k] > 0) || agents[k] < 1) {
        expect(p.erlangC).toBeNull();
        expect(p.erlangA).toBeNull();
        return;
      }
      const input = { arrivalsPerHour: rates[k], ahtSeconds: channelAhtSeconds(ch), agents: agents[k], thresholdSeconds: ch.serviceLevel.thresholdSeconds };
      const c = erlangC(input);
      expect(p.erlangC, `${ch.id}[${k}] C`).toEqual({ serviceLevel: c.serviceLevel, pWait: c.pWait, asa: c.asa });
      if (patience === null) expect(p.erlangA).toBeNull();
      else {
        const a = erlangA({ ...input, patienceSeconds: patience });
        expect(p.erlangA, `${ch.id}[${k}] A`).toEqual({ serviceLevel: a.serviceLevel, pAbandon: a.pAbandon, asa: a.meanWaitServed });
      }
      compared++;
    });
  }
  return compared;
}

describe('the Erlang overlay', () => {
  it('is Erlang C and A called with the interval\'s rate, the AHT, patience, threshold and the advisers on shift', () => {
    const base = loadScenario(DEFAULT_SCENARIO);
    // The default day's profile changes on the half hour: the rates are the profile's, interval by interval.
    expect(channelArrivalsPerHour(base.channels[0], base)).toEqual([75, 95, 115, 115, 125, 125, 110, 110, 90, 90]);
    let compared = expectOverlayIsTheFormulas(base);
    // Staffing that varies by interval (shifts), and down to nobody in the first intervals.
    compared += expectOverlayIsTheFormulas(withStaffingChange(loadScenario('scenarios/training/monday-morning-peak.json'), -10));
    compared += expectOverlayIsTheFormulas(withStaffingProfile(base, [0, 3, 8, 12, 12, 14, 14, 10, 6, 2]));
    // Voice and callback, a mixed team, concurrency.
    compared += expectOverlayIsTheFormulas(loadScenario('scenarios/training/multichannel-tuesday.json'));
    // No abandonment: Erlang A is left out.
    compared += expectOverlayIsTheFormulas(loadScenario('scenarios/validation/erlang-c-team11.json'));
    expect(compared).toBeGreaterThan(50);
  });

  it('leaves out intervals without advisers or without arrivals', () => {
    const base = loadScenario(DEFAULT_SCENARIO);
    const points = erlangOverlay(withStaffingProfile(base, [0, 3, 8, 12, 12, 14, 14, 10, 6, 0]))[0].points;
    expect(points.map((p) => p.erlangC === null)).toEqual([true, false, false, false, false, false, false, false, false, true]);
    const quiet: Scenario = { ...base, channels: [{ ...base.channels[0], arrivals: { profile: [{ from: '08:00', perHour: 0 }, { from: '09:00', perHour: 100 }] } }] };
    expect(erlangOverlay(quiet)[0].points.map((p) => p.erlangA === null)).toEqual([true, true, false, false, false, false, false, false, false, false]);
  });

  it('matches the shared reference on the validation scenarios that name one', () => {
    const checks: [string, 'erlangC' | 'erlangA'][] = [
      ['scenarios/validation/erlang-c-team11.json', 'erlangC'],
      ['scenarios/validation/erlang-c-team12-light.json', 'erlangC'],
      ['scenarios/validation/erlang-c-c200.json', 'erlangC'],
      ['scenarios/validation/mm1.json', 'erlangC'],
      ['scenarios/validation/erlang-a-team11.json', 'erlangA'],
      ['scenarios/validation/erlang-a-team14.json', 'erlangA'],
      ['scenarios/validation/erlang-a-c250-overload.json', 'erlangA'],
    ];
    const close = (got: number, want: number, what: string) => expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(Math.abs(want) < 1e-12 ? 1e-12 : 1e-9 * Math.abs(want));
    for (const [path, model] of checks) {
      const scenario = loadScenario(path);
      const ref = referenceCase(scenario.reference!);
      const points = erlangOverlay(scenario)[0].points;
      expect(points.length).toBeGreaterThan(0);
      for (const p of points) {
        expect(p.agents).toBe(ref.agents);
        expect(p.arrivalsPerHour).toBe(ref.arrivalsPerHour);
        if (model === 'erlangC') {
          close(p.erlangC!.serviceLevel, ref.sl as number, `${path} SL`);
          close(p.erlangC!.pWait, ref.pWait as number, `${path} pWait`);
          close(p.erlangC!.asa, ref.asa as number, `${path} ASA`);
        } else {
          close(p.erlangA!.serviceLevel, ref.sl_answeredWithinT_overAllArrivals as number, `${path} SL`);
          close(p.erlangA!.pAbandon, ref.pAbandon as number, `${path} abandons`);
          close(p.erlangA!.asa, ref.meanWaitServed_ASA as number, `${path} ASA`);
        }
      }
      const day = overlayDay(points);
      close(day[model]!, (model === 'erlangC' ? ref.sl : ref.sl_answeredWithinT_overAllArrivals) as number, `${path} day`);
    }
  });
});

describe('the overlay\'s caveats', () => {
  it('are none for an ideal stationary validation scenario', () => {
    for (const f of ['erlang-c-team11', 'erlang-c-team12-light', 'erlang-c-c200', 'mm1']) {
      expect(overlayCaveats(loadScenario(`scenarios/validation/${f}.json`)), f).toEqual([]);
    }
    // The Erlang A cases depart only by abandonment, which Erlang A models.
    expect(overlayCaveats(loadScenario('scenarios/validation/erlang-a-team11.json'))).toEqual(['abandonment']);
  });

  it('name the default training day\'s departures', () => {
    expect(overlayCaveats(loadScenario(DEFAULT_SCENARIO))).toEqual(['abandonment', 'nonStationary', 'breaks', 'absence', 'incidents']);
    expect(overlayCaveats(loadScenario('scenarios/training/multichannel-tuesday.json'))).toEqual(['abandonment', 'nonStationary', 'multiSkill', 'breaks', 'concurrency', 'callbackOrOverflow']);
  });

  it('follow the scenario: each departure added to a stationary case is named alone', () => {
    const ideal = loadScenario('scenarios/validation/erlang-c-team11.json');
    const ch = ideal.channels[0];
    expect(overlayCaveats({ ...ideal, events: [{ type: 'randomAbsence', probability: 0.05 }] })).toEqual(['absence']);
    expect(overlayCaveats({ ...ideal, channels: [{ ...ch, arrivals: { profile: [{ from: '08:00', perHour: 150 }, { from: '12:00', perHour: 250 }] } }] })).toEqual(['nonStationary']);
    expect(overlayCaveats({ ...ideal, mode: 'realistic' })).toEqual(['breaks']);
    // A listed team whose every adviser has an empty list of breaks takes none, even in realistic mode.
    expect(overlayCaveats({ ...ideal, mode: 'realistic', team: { advisers: [{ id: 'x1', name: 'X', skills: { voice: 1 }, breaks: [] }] } } as Scenario)).toEqual([]);
  });
});

describe('overlayDay', () => {
  const point = (arrivalsPerHour: number, sl: number | null, abandon: number | null = null): OverlayPoint => ({
    index: 0, arrivalsPerHour, contacts: arrivalsPerHour / 2, agents: 1,
    erlangC: sl === null ? null : { serviceLevel: sl, pWait: 0, asa: 0 },
    erlangA: abandon === null ? null : { serviceLevel: sl ?? 0, pAbandon: abandon, asa: 0 },
  });

  it('weights each interval by its arrivals and leaves out those without a prediction', () => {
    // Half-hour intervals: the expected arrivals are half the hourly rate.
    const day = overlayDay([point(100, 0.9, 0.02), point(300, 0.5, 0.1), point(50, null), point(0, 0.1, 0.5)]);
    expect(day.erlangC).toBeCloseTo((100 * 0.9 + 300 * 0.5) / 400, 15);
    expect(day.erlangA).toBeCloseTo((100 * 0.9 + 300 * 0.5) / 400, 15);
    expect(day.erlangAAbandon).toBeCloseTo((100 * 0.02 + 300 * 0.1) / 400, 15);
    expect(overlayDay([])).toEqual({ erlangC: null, erlangA: null, erlangAAbandon: null });
    expect(overlayDay([point(100, 0.8)])).toEqual({ erlangC: 0.8, erlangA: null, erlangAAbandon: null });
  });

  it('weights by expected arrivals on a real day, a short last interval included', () => {
    const base = loadScenario(DEFAULT_SCENARIO);
    // 08:00–12:45 with 30-minute intervals: the last one lasts 15 minutes, and is staffed differently.
    const short: Scenario = withStaffingProfile({ ...base, clock: { ...base.clock, end: '12:45' } }, [8, 9, 10, 11, 12, 12, 11, 10, 3, 14]);
    const points = erlangOverlay(short)[0].points;
    expect(points).toHaveLength(10);
    const end = toSeconds(short.clock.end);
    const start = toSeconds(short.clock.start);
    const contacts = points.map((_, k) => expectedContacts(short.channels[0].arrivals, end, start + k * 1800, Math.min(start + (k + 1) * 1800, end)));
    expect(contacts[9]).toBeCloseTo(contacts[8] / 2, 9);
    points.forEach((p, k) => expect(p.contacts, `interval ${k}`).toBeCloseTo(contacts[k], 9));
    const want = contacts.reduce((s, n, k) => s + n * points[k].erlangC!.serviceLevel, 0) / contacts.reduce((s, n) => s + n, 0);
    expect(overlayDay(points).erlangC).toBeCloseTo(want, 12);
  });
});
