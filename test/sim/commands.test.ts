import { describe, expect, it } from 'vitest';
import { createSimulation, toSeconds } from '../../sim/index';
import { DEFAULT_SCENARIO, loadScenario } from './helpers';

const scenario = loadScenario(DEFAULT_SCENARIO);
const at = (clock: string) => toSeconds(clock) - toSeconds(scenario.clock.start);
const log = [
  { at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 },
  { at: '09:30:30', type: 'sendToBreak', adviserId: 'a07', minutes: 10 },
  { at: 7200, type: 'setSkills', adviserId: 'a01', skills: { voice: 0.6 } },
  { at: '11:00', type: 'logOut', adviserId: 'a12' },
];

const kpisOf = (sim: ReturnType<typeof createSimulation>) => {
  const { commands: _c, resultHash: _h, ...rest } = sim.result();
  return rest;
};

describe('supervisor commands', () => {
  it('replaying a command log gives the same result as issuing the commands live', () => {
    const replayed = createSimulation(scenario, { commands: log });
    replayed.runToEnd();

    const live = createSimulation(scenario);
    for (const c of log) {
      const t = typeof c.at === 'number' ? c.at : at(c.at);
      live.advanceTo(t);
      const { at: _ignored, ...rest } = c;
      expect(live.submit(rest).status).toBe('applied');
    }
    live.runToEnd();
    expect(kpisOf(live)).toEqual(kpisOf(replayed));
    expect(live.result().commands.map((c) => [c.at, c.type, c.status])).toEqual(replayed.result().commands.map((c) => [c.at, c.type, c.status]));
  });

  it('a command changes the day it is applied to', () => {
    const none = createSimulation(scenario);
    none.runToEnd();
    const withLog = createSimulation(scenario, { commands: log });
    withLog.runToEnd();
    expect(withLog.result().resultHash).not.toBe(none.result().resultHash);
    expect(withLog.result().commands.every((c) => c.status === 'applied')).toBe(true);
  });

  it('puts a coached adviser in coaching for the requested minutes, then back on the queue', () => {
    const sim = createSimulation(scenario, { commands: [{ at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 }] });
    sim.advanceTo(at('09:10'));
    const a03 = () => sim.snapshot().advisers.find((a) => a.id === 'a03')!;
    const state = a03().state;
    // Coaching starts at 09:00 if a03 was free, else as soon as the current call ends.
    expect(state === 'coaching' || a03().pending === 'coaching').toBe(true);
    sim.advanceTo(at('09:45'));
    expect(a03().state).not.toBe('coaching');
  });

  it('defers a break requested during a call until the call ends', () => {
    const sim = createSimulation(scenario);
    sim.advanceTo(at('10:00'));
    const busy = sim.snapshot().advisers.find((a) => a.state === 'talking' || a.state === 'wrapUp' || a.state === 'hold');
    expect(busy).toBeDefined();
    const record = sim.submit({ type: 'sendToBreak', adviserId: busy!.id, minutes: 15 });
    expect(record).toMatchObject({ status: 'applied', reason: 'after the current contact' });
    expect(sim.snapshot().advisers.find((a) => a.id === busy!.id)!.pending).toBe('break');
  });

  it('rejects invalid commands with a reason and leaves the day unchanged', () => {
    const bad = [
      { at: '09:00', type: 'coach', adviserId: 'zz99', minutes: 20 },
      { at: '09:05', type: 'setSkills', adviserId: 'a01', skills: { email: 1 } },
      { at: '09:10', type: 'logIn', adviserId: 'a02' },
      { at: '09:15', type: 'setSkills', adviserId: 'a01', skills: { voice: 0 } },
    ];
    const sim = createSimulation(scenario, { commands: bad });
    sim.runToEnd();
    const reasons = sim.result().commands.map((c) => [c.status, c.reason]);
    expect(reasons).toEqual([
      ['rejected', 'unknown adviser "zz99"'],
      ['rejected', 'unknown skill(s) "email": no channel has this id'],
      ['rejected', expect.stringMatching(/is already logged in/)],
      ['rejected', 'an adviser needs at least one skill above 0'],
    ]);
    const none = createSimulation(scenario);
    none.runToEnd();
    expect(kpisOf(sim)).toEqual(kpisOf(none));
  });

  it('rejects a malformed command without throwing', () => {
    const sim = createSimulation(scenario);
    sim.advanceTo(600);
    expect(sim.submit({ type: 'fireEveryone' })).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalid command: \$\.type/) });
    expect(sim.submit({ type: 'coach', adviserId: 'a01', minutes: -5 })).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/\$\.minutes/) });
    expect(sim.submit(null)).toMatchObject({ status: 'rejected' });
    expect(sim.submit({ at: 10, type: 'coach', adviserId: 'a01', minutes: 5 })).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/before the current time/) });
    sim.runToEnd();
    expect(sim.result().kpis.byChannel.voice.offered).toBeGreaterThan(0);
  });

  it('logs out an adviser and brings them back', () => {
    const sim = createSimulation(scenario, {
      commands: [
        { at: '10:00', type: 'logOut', adviserId: 'a05' },
        { at: '10:30', type: 'logIn', adviserId: 'a05' },
      ],
    });
    sim.advanceTo(at('10:20'));
    const a05 = () => sim.snapshot().advisers.find((a) => a.id === 'a05')!;
    expect(a05().state === 'offline' || a05().pending === 'logOut').toBe(true);
    sim.advanceTo(at('10:31'));
    expect(a05().state).not.toBe('offline');
  });
});
