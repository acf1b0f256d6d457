/**
 * CSAT over whole runs of the shipped training scenarios: who answers the survey,
 * what they answer, and that the same customers answer the same way whatever the
 * supervisor does (common random numbers).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_RATE } from '../../../sim/kpi/csat';
import { Origin } from '../../../sim/model/contacts';
import { Simulation } from '../../../sim/simulation';
import { SnapshotBuilder } from '../../../sim/snapshotBuilder';
import type { Scenario } from '../../../sim/index';
import { DEFAULT_SCENARIO, loadScenario } from '../helpers';

const MULTICHANNEL = 'scenarios/training/multichannel-tuesday.json';
const SEEDS = [1, 2, 3, 4, 5];

interface Survey { channel: number; wait: number; threshold: number; score: number }

/** Runs to the end, noting every survey answer (through the recorder, the one writer of the counters). */
function runSurveys(scenario: Scenario, seed: number, commands: unknown[] = []): { sim: Simulation; surveys: Survey[] } {
  const sim = new Simulation(scenario, { seed });
  for (const c of commands) sim.submit(c);
  const surveys: Survey[] = [];
  const recorder = sim.recorder;
  const surveyed = recorder.surveyed.bind(recorder);
  recorder.surveyed = (slot: number, score: number) => {
    const c = sim.contacts;
    surveys.push({ channel: c.channel[slot], wait: c.answeredAt[slot] - c.arrival[slot], threshold: sim.channels[c.channel[slot]].threshold, score });
    surveyed(slot, score);
  };
  sim.runToEnd();
  return { sim, surveys };
}

/**
 * Every inbound contact's survey draws as it is generated (offered or deflected: each
 * generated contact is one of the two, after its draws), split into first contacts
 * (new, carried in) and returning ones, keyed by channel and arrival time.
 */
function surveyDraws(scenario: Scenario, seed: number, commands: unknown[]): { first: string[]; returning: string[] } {
  const sim = new Simulation(scenario, { seed });
  for (const c of commands) sim.submit(c);
  const first: string[] = [];
  const returning: string[] = [];
  const note = (slot: number) => {
    const c = sim.contacts;
    const origin = c.origin[slot];
    const entry = `${c.channel[slot]}|${c.arrival[slot]}|${c.uRespond[slot]}|${c.uSurvey[slot]}`;
    (origin === Origin.new || origin === Origin.carriedIn ? first : returning).push(entry);
  };
  const recorder = sim.recorder;
  const offered = recorder.offered.bind(recorder);
  const deflected = recorder.deflected.bind(recorder);
  recorder.offered = (slot: number) => { note(slot); offered(slot); };
  recorder.deflected = (slot: number) => { note(slot); deflected(slot); };
  sim.runToEnd();
  return { first: first.sort(), returning: returning.sort() };
}

describe('CSAT survey over whole runs', () => {
  it.each([DEFAULT_SCENARIO, MULTICHANNEL])('%s: the response share is the default 15 %, within a binomial tolerance (5 seeds)', (file) => {
    const scenario = loadScenario(file);
    let handled = 0;
    let responses = 0;
    let sum = 0;
    for (const seed of SEEDS) {
      const sim = new Simulation(scenario, { seed });
      sim.runToEnd();
      for (const [id, k] of Object.entries(sim.result().kpis.byChannel)) {
        if (scenario.channels.find((c) => c.id === id)!.kind === 'outbound') {
          expect(k.csatResponses).toBe(0); // outbound calls are not surveyed
          continue;
        }
        handled += k.handled;
        responses += k.csatResponses;
        sum += (k.csat ?? 0) * k.csatResponses;
      }
    }
    // Whether a customer answers is a uniform of its own stream, independent of everything
    // that decides whether the contact is handled: responses ~ Binomial(handled, 0.15).
    // Tolerance 4 standard deviations (a false alarm once in ~16 000 seeds sets, and the
    // seeds are fixed, so this is deterministic); n ≈ 2 600 (one channel) to 4 400 handled
    // contacts give ± 2.7 to 2.2 points.
    const p = DEFAULT_RESPONSE_RATE;
    const tolerance = 4 * Math.sqrt((p * (1 - p)) / handled);
    expect(handled).toBeGreaterThan(2000);
    expect(Math.abs(responses / handled - p)).toBeLessThan(tolerance);
    // A plausible centre-wide mean: real CSAT sits around 3.5–4.5 out of 5.
    const mean = sum / responses;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(4.5);
  });

  it('a per-channel response rate in the scenario is followed', () => {
    const base = loadScenario(DEFAULT_SCENARIO);
    const scenario: Scenario = { ...base, channels: base.channels.map((c) => ({ ...c, survey: { responseRate: 0.4 } })) };
    let handled = 0;
    let responses = 0;
    for (const seed of SEEDS.slice(0, 3)) {
      const sim = new Simulation(scenario, { seed });
      sim.runToEnd();
      const k = sim.result().kpis.byChannel.voice;
      handled += k.handled;
      responses += k.csatResponses;
    }
    // Same binomial tolerance, 4 SD (n ≈ 1 600: ± 4.9 points).
    expect(Math.abs(responses / handled - 0.4)).toBeLessThan(4 * Math.sqrt((0.4 * 0.6) / handled));
  });

  it('customers who waited past the threshold score lower on average than those answered at once (8 seeds)', () => {
    const scenario = loadScenario(DEFAULT_SCENARIO);
    const late: number[] = [];
    const atOnce: number[] = [];
    for (const seed of [...SEEDS, 6, 7, 8]) {
      for (const s of runSurveys(scenario, seed).surveys) {
        if (s.wait > s.threshold) late.push(s.score);
        else if (s.wait === 0) atOnce.push(s.score);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = (xs: number[]) => xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1);
    const gap = mean(atOnce) - mean(late);
    const se = Math.sqrt(variance(atOnce) / atOnce.length + variance(late) / late.length);
    // ~150 late and ~450 immediate answers, SD ≈ 0.9 each: SE ≈ 0.08. Require the gap to be
    // more than 3 SE and at least a quarter point (the wait penalty alone is up to 1.5).
    expect(late.length).toBeGreaterThan(50);
    expect(gap).toBeGreaterThan(3 * se);
    expect(gap).toBeGreaterThan(0.25);
  });
});

describe('CSAT per adviser', () => {
  it('is the mean of the adviser’s surveyed contacts; together the advisers make the channels’ responses', () => {
    const { sim, surveys } = runSurveys(loadScenario(MULTICHANNEL), 3);
    const snapshot = new SnapshotBuilder(sim).build();
    const a = sim.advisers;
    let sum = 0;
    let count = 0;
    snapshot.advisers.forEach((adviser, i) => {
      expect(adviser.csat).toBe(a.csatCount[i] > 0 ? a.csatSum[i] / a.csatCount[i] : null);
      if (adviser.csat !== null) expect(adviser.csat).toBeGreaterThanOrEqual(1);
      sum += a.csatSum[i];
      count += a.csatCount[i];
    });
    // No warm-up in this scenario: every survey is in the day's totals.
    const channels = snapshot.channels.map((c) => c.today);
    expect(count).toBe(surveys.length);
    expect(count).toBe(channels.reduce((n, k) => n + k.csatResponses, 0));
    expect(sum).toBeCloseTo(channels.reduce((n, k) => n + (k.csat ?? 0) * k.csatResponses, 0), 9);
  });
});

describe('CSAT and common random numbers', () => {
  const scenario = loadScenario(MULTICHANNEL);

  it('a command log that changes nothing in the centre (admin records) leaves every survey unchanged', () => {
    const admin = [
      { at: '09:00', type: 'recordAbsence', adviserId: 'a02', reason: 'sick' },
      { at: '10:00', type: 'recordLateness', adviserId: 'a03', minutes: 10 },
    ];
    for (const seed of [1, 2]) {
      const plain = runSurveys(scenario, seed);
      const logged = runSurveys(scenario, seed, admin);
      expect(logged.sim.result().commands.every((c) => c.status === 'applied')).toBe(true);
      expect(logged.surveys).toEqual(plain.surveys);
      expect(logged.surveys.length).toBeGreaterThan(0);
    }
  });

  it('commands that change waits, abandons and repeats leave every first contact\'s survey draws unchanged', () => {
    const advisers = new Simulation(scenario).plans.map((p) => p.id);
    const disruptive = [
      { at: '08:30', type: 'logOut', adviserId: advisers[0] },
      { at: '08:30', type: 'logOut', adviserId: advisers[1] },
      { at: '09:00', type: 'setCallbackOffer', channelId: 'voice', enabled: false },
      { at: '09:30', type: 'cancelBreak', adviserId: advisers[2] },
      { at: '10:00', type: 'setIvrMessage', channelId: 'voice', message: 'incident' },
    ];
    for (const seed of [1, 2]) {
      const plain = surveyDraws(scenario, seed, []);
      const changed = surveyDraws(scenario, seed, disruptive);
      // The day did change: other retrials, repeats and callbacks came back...
      expect(changed.returning).not.toEqual(plain.returning);
      // ...yet each first contact (same arrival) carries the same two survey uniforms.
      expect(changed.first.length).toBe(plain.first.length);
      expect(changed.first).toEqual(plain.first);
    }
  });
});
