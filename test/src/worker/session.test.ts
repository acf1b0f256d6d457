import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SimSession } from '../../../src/worker/session';
import { createFaultHook } from '../../../src/worker/faultHook';
import { applyDelta } from '../../../src/store/applyDelta';
import type { Snapshot } from '../../../sim/snapshot';

const file = 'scenarios/validation/erlang-c-team11.json';
const text = readFileSync(file, 'utf8');

function snapshotOf(session: SimSession, previous: Snapshot | null = null): Snapshot {
  const event = session.emit();
  if (event?.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(event)}`);
  return applyDelta(previous, event.delta);
}

describe('SimSession', () => {
  it('names the file and the JSON path when a scenario is invalid', () => {
    const broken = JSON.stringify({ ...JSON.parse(text), channels: [{ ...JSON.parse(text).channels[0], handleTime: { dist: 'exponential', mean: -3 } }] });
    const outcome = new SimSession().load(broken, 'broken.json');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.kind).toBe('scenario');
    expect(outcome.failure.message).toContain('broken.json');
    expect(outcome.failure.problems?.[0].path).toBe('$.channels[0].handleTime.mean');
  });

  it('reports JSON that does not parse as a scenario failure', () => {
    const outcome = new SimSession().inspect('{ not json', 'x.json');
    expect(outcome.ok).toBe(false);
  });

  it('summarises the scenario for the briefing', () => {
    const outcome = new SimSession().inspect(text, file);
    expect(outcome.ok && outcome.summary.teamSize).toBe(11);
    expect(outcome.ok && outcome.summary.channels[0].forecast).toBeCloseTo(200 * 12);
  });

  it('moves time only while playing, by wall time × speed', () => {
    const s = new SimSession();
    s.load(text, file);
    s.speed = 60;
    expect(s.tick(100)).toBeNull();
    expect(snapshotOf(s).time).toBe(0);
    s.playing = true;
    s.tick(100);
    expect(snapshotOf(s).time).toBeCloseTo(6);
  });

  it('stamps commands with the current time and replays them on restore after a crash', () => {
    const fault = createFaultHook();
    const s = new SimSession(fault.simulate);
    s.load(text, file);
    s.speed = 120;
    s.playing = true;
    for (let i = 0; i < 40; i++) s.tick(250); // 20 simulated minutes
    const record = s.submit({ type: 'coach', adviserId: 'a03', minutes: 20 });
    expect(record?.status).toBe('applied');
    expect(s.commands[0].at).toBeCloseTo(1200);
    for (let i = 0; i < 20; i++) s.tick(250);
    const before = snapshotOf(s);
    fault.injectFault(before.time + 10);
    const failure = s.tick(250);
    expect(failure?.kind).toBe('failure');
    if (failure?.kind !== 'failure') return;
    expect(failure.failure.kind).toBe('engine');
    expect(failure.failure.message).toContain('Injected fault');
    expect(failure.failure.restorableTime).toBeCloseTo(before.time);
    expect(s.playing).toBe(false);

    const restored = s.restore();
    expect(restored.ok).toBe(true);
    const after = snapshotOf(s);
    expect(after.time).toBeCloseTo(before.time);
    expect(after.advisers).toEqual(before.advisers);
    expect(after.channels).toEqual(before.channels);
    expect(after.commandLog.map((c) => c.type)).toContain('coach');
  });

  it('restarts from the beginning with an empty command log', () => {
    const s = new SimSession();
    s.load(text, file);
    s.playing = true;
    s.speed = 120;
    s.tick(250);
    s.submit({ type: 'sendToBreak', adviserId: 'a01', minutes: 10 });
    s.restart();
    expect(snapshotOf(s).time).toBe(0);
    expect(s.commands).toHaveLength(0);
  });

  it('stops playing when the day is over', () => {
    const s = new SimSession();
    s.load(text, file);
    s.playing = true;
    s.speed = 'end';
    for (let i = 0; i < 100 && s.playing; i++) s.tick(66);
    expect(s.playing).toBe(false);
    expect(snapshotOf(s).finished).toBe(true);
  });
});
