import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createSimulation, adviserMachine } from '../../../sim/index';
import { Simulation } from '../../../sim/simulation';
import { adviserEventTypes, adviserStates } from '../../../sim/model/adviserMachine';
import { DEFAULT_SCENARIO, loadScenario } from '../helpers';

const scenario = loadScenario(DEFAULT_SCENARIO);
const ideal = loadScenario('scenarios/validation/erlang-a-team11.json');

describe('a simulated day', () => {
  it('gives the identical result, hash included, for the same scenario and seed', () => {
    const a = createSimulation(scenario);
    const b = createSimulation(scenario);
    a.runToEnd();
    b.runToEnd();
    expect(a.result()).toEqual(b.result());
    expect(a.result().resultHash).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('gives a different day for a different seed', () => {
    const a = createSimulation(scenario);
    const b = createSimulation(scenario, { seed: scenario.seed + 1 });
    a.runToEnd();
    b.runToEnd();
    expect(a.result().resultHash).not.toBe(b.result().resultHash);
  });

  it('does not depend on how the day is sliced into advances', () => {
    const whole = createSimulation(scenario);
    whole.runToEnd();
    const sliced = createSimulation(scenario);
    for (let t = 0; !sliced.finished; t += 37.5) sliced.advanceTo(t);
    expect(sliced.result()).toEqual(whole.result());
  });

  it('accounts for every contact: offered = answered + abandoned, and every answered contact is handled', () => {
    for (const s of [scenario, ideal]) {
      const sim = createSimulation(s);
      sim.runToEnd();
      const k = sim.result().kpis.byChannel.voice;
      expect(k.offered).toBeGreaterThan(100);
      expect(k.answered + k.abandoned).toBe(k.offered);
      expect(k.handled).toBe(k.answered);
      const intervals = sim.result().kpis.byInterval;
      expect(intervals.filter((i) => !i.warmup).reduce((n, i) => n + i.offered, 0)).toBe(k.offered);
    }
  });

  it('keeps every contact in exactly one place at every event', () => {
    const sim = new Simulation(ideal);
    let checks = 0;
    while (!sim.finished) {
      sim.advanceTo(sim.loop.nextEventTime());
      const inService = Array.from(sim.advisers.contact).filter((c) => c >= 0).length;
      const waiting = sim.router.waiting[0];
      expect(sim.contacts.inSystem).toBe(inService + waiting);
      checks++;
    }
    expect(checks).toBeGreaterThan(1000);
  });

  it('leaves warm-up contacts out of the day totals', () => {
    const withWarmup = { ...ideal, stats: { ...ideal.stats, warmupMinutes: 120 } };
    const sim = createSimulation(withWarmup);
    sim.runToEnd();
    const r = sim.result();
    const afterWarmup = r.kpis.byInterval.filter((i) => !i.warmup).reduce((n, i) => n + i.offered, 0);
    const duringWarmup = r.kpis.byInterval.filter((i) => i.warmup).reduce((n, i) => n + i.offered, 0);
    expect(duringWarmup).toBeGreaterThan(0);
    expect(r.kpis.byChannel.voice.offered).toBe(afterWarmup);
  });

  it('sends advisers on their planned breaks in realistic mode, never in ideal mode', () => {
    const countBreaks = (s: typeof scenario) => {
      const sim = new Simulation(s);
      let breaks = 0;
      sim.advisers.observer = (_a, event) => { if (adviserEventTypes[event] === 'START_BREAK') breaks++; };
      sim.runToEnd();
      return breaks;
    };
    // 5-hour shift: a 10-minute pause around the 2 h and 4 h marks for each of 12 advisers
    // (without the scenario's events, which make one adviser absent).
    expect(countBreaks({ ...scenario, events: [] })).toBe(24);
    expect(countBreaks(ideal)).toBe(0);
  });

  it('only makes transitions a live XState actor accepts, ending in the same states', () => {
    const sim = new Simulation(scenario);
    const actors = sim.plans.map(() => createActor(adviserMachine).start());
    sim.advisers.observer = (a, event, from, to) => {
      expect(actors[a].getSnapshot().value).toBe(adviserStates[from]);
      actors[a].send({ type: adviserEventTypes[event] });
      expect(actors[a].getSnapshot().value).toBe(adviserStates[to]);
    };
    sim.submit({ at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 });
    sim.submit({ at: '10:00', type: 'logOut', adviserId: 'a05' });
    sim.submit({ at: '10:30', type: 'logIn', adviserId: 'a05' });
    sim.runToEnd();
    actors.forEach((actor, a) => expect(actor.getSnapshot().value).toBe(adviserStates[sim.advisers.state[a]]));
    // Everyone has gone home; a07 called in sick at 09:40 (a scenario event).
    expect(Array.from(sim.advisers.state, (s) => adviserStates[s])).toEqual(sim.plans.map((p) => (p.id === 'a07' ? 'absent' : 'offline')));
  });

  it('stops arrivals at closing time and lets the team clear the queue', () => {
    const sim = createSimulation(scenario);
    sim.runToEnd();
    const snap = sim.snapshot();
    expect(snap.finished).toBe(true);
    expect(snap.time).toBeGreaterThanOrEqual(sim.closeTime);
    expect(snap.channels[0].queueLength).toBe(0);
  });

  it('counts the contacts still waiting when the last skilled adviser leaves early as abandoned', () => {
    const early = { ...ideal, team: { generate: { count: 11, skills: { voice: 1 }, shift: { start: '08:00', end: '12:00' } } } };
    const sim = createSimulation(early);
    sim.runToEnd();
    const k = sim.result().kpis.byChannel.voice;
    expect(k.answered + k.abandoned).toBe(k.offered);
    expect(k.abandonRate!).toBeGreaterThan(0.5); // nobody answers from noon to 20:00
  });
});

describe('scenario events in the snapshot', () => {
  it("carry the scenario's own wording, or none: names for the screen belong to the console", () => {
    const all = createSimulation(loadScenario('scenarios/training/default-weekday-morning.json'));
    all.advanceTo(2 * 3600 + 30 * 60); // 10:30: the incident is active
    const [incident] = all.snapshot().activeEvents;
    expect(incident.type).toBe('incident');
    expect(incident.label?.en).toBe('Direct-debit failure: customers charged twice are calling');
    const feed = all.snapshot().activity.filter((e) => e.code === 'eventStarted');
    const absence = feed.find((e) => e.params.type === 'absence')!;
    expect(absence.params).toEqual({ type: 'absence' });
  });
});
