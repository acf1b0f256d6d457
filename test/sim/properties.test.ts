/**
 * Property tests over random centres: whatever the channel mix, options, team
 * and seed, the engine never loses or duplicates a contact, never breaks a
 * concurrency limit, ends every day with every contact accounted for, and gives
 * the same result twice for the same seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Simulation } from '../../sim/simulation';
import { validateScenario, type ScenarioInput } from '../../sim/index';
import { expectConservation, expectEveryContactAccountedFor, runCheckingEveryEvent } from './engine/invariants';

const kinds = ['voice', 'callback', 'email', 'chat', 'messaging', 'outbound'] as const;

const scenarioArb = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    mode: fc.constantFrom('ideal', 'realistic'),
    kinds: fc.subarray([...kinds], { minLength: 1 }),
    rate: fc.integer({ min: 5, max: 120 }),
    team: fc.integer({ min: 1, max: 8 }),
    ivr: fc.boolean(),
    callback: fc.boolean(),
    overflow: fc.boolean(),
    widening: fc.boolean(),
    blend: fc.boolean(),
    retrial: fc.boolean(),
    fcr: fc.constantFrom(1, 0.8),
    weekday: fc.constantFrom('2026-12-01', '2026-12-05'),
    skillSeed: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 48, maxLength: 48 }),
  })
  .map((p): ScenarioInput => {
    const ids = p.kinds.includes('callback') || !(p.callback && p.kinds.includes('voice')) ? [...p.kinds] : [...p.kinds, 'callback' as const];
    const channels = ids.map((kind) => {
      const c: Record<string, unknown> = {
        id: kind,
        kind,
        handleTime: { dist: 'exponential', mean: kind === 'email' ? 400 : 180 },
      };
      if (kind !== 'callback' && kind !== 'outbound') c.arrivals = { perHour: p.rate };
      if (kind === 'voice' || kind === 'chat') c.patience = { dist: 'exponential', mean: 120 };
      if (kind === 'voice' && p.ivr) c.ivr = { deflection: 0.1 };
      if (kind === 'voice' && ids.includes('callback')) c.callback = { channel: 'callback', offerWhenWaitOverSeconds: 30, acceptShare: 0.5, dueWithinMinutes: 30 };
      if (kind === 'voice' && p.widening) c.widening = [{ afterSeconds: 0, minProficiency: 0.5 }, { afterSeconds: 20, minProficiency: 0 }];
      if (kind === 'email') c.due = { businessHours: 2 };
      if (kind === 'email' && p.blend && ids.includes('voice')) c.onlyWhen = { channel: 'voice', queueBelow: 2 };
      if (kind === 'messaging') Object.assign(c, { exchanges: { dist: 'constant', value: 3 }, gap: { dist: 'exponential', mean: 60 } });
      if (kind === 'voice' && p.retrial) c.retrial = { share: 0.5, delay: { dist: 'exponential', mean: 120 } };
      if (kind === 'voice' && p.fcr < 1) Object.assign(c, { fcr: p.fcr, repeatDelay: { dist: 'exponential', mean: 600 } });
      if (kind === 'outbound') {
        c.dialer = { mode: 'progressive', outcomes: { answered: 0.4, noAnswer: 0.4, busy: 0.1, voicemail: 0.1 }, list: { size: 60, bloctelShare: 0.2 } };
      }
      return c;
    });
    const advisers = Array.from({ length: p.team }, (_, a) => {
      const skills: Record<string, number> = {};
      ids.forEach((id, k) => {
        const v = p.skillSeed[(a * 6 + k) % 48];
        if (v > 3) skills[id] = v / 10;
      });
      skills[ids[a % ids.length]] = 0.9; // everyone has at least one skill, every channel someone
      return { id: `a${a}`, name: `Adviser ${a}`, skills };
    });
    ids.forEach((id, k) => { if (k >= p.team) advisers[k % p.team].skills[id] = 0.8; });
    return {
      schemaVersion: 2,
      id: 'random',
      title: { fr: 'aléatoire', en: 'random' },
      seed: p.seed,
      mode: p.mode as 'ideal' | 'realistic',
      date: p.weekday,
      clock: { start: '09:00', end: '12:00' },
      channels: channels as ScenarioInput['channels'],
      team: { advisers },
      ...(p.overflow && ids.some((k) => k === 'voice' || k === 'chat')
        ? { overflow: [{ id: 'out', channels: ids.filter((k) => k === 'voice' || k === 'chat'), capacity: 2, afterWaitSeconds: 30, open: true }] }
        : {}),
    };
  });

describe('random centres', () => {
  it('conserve contacts at every event, respect concurrency limits and account for every contact', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = validateScenario(input, 'random.json');
        const sim = new Simulation(scenario);
        runCheckingEveryEvent(sim, (s) => {
          expectConservation(s);
          for (let a = 0; a < s.advisers.count; a++) {
            const limit = Math.max(1, ...s.channels.filter((c) => c.concurrent).map((c) => c.maxConcurrent));
            expect(s.advisers.concurrent[a]).toBeLessThanOrEqual(limit);
            if (s.advisers.concurrent[a] > 0) expect(s.advisers.contact[a]).toBe(-1); // chats never mix with a call
          }
        });
        expectEveryContactAccountedFor(sim);
        if (scenario.date === '2026-12-05') expect(sim.result().kpis.byChannel.outbound?.outbound.attempts ?? 0).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('give the same result twice for the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = validateScenario(input, 'random.json');
        const a = new Simulation(scenario);
        const b = new Simulation(scenario);
        a.runToEnd();
        b.runToEnd();
        expect(a.result().resultHash).toBe(b.result().resultHash);
      }),
      { numRuns: 20 },
    );
  });
});
