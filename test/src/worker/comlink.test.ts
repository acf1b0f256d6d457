/**
 * The worker's API over comlink, in process: exposed on one end of a
 * MessageChannel, used through the other, exactly as the page uses the module
 * worker (structured cloning, proxied callbacks), with the real engine.
 */
import { readFileSync } from 'node:fs';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimWorkerApi } from '../../../src/worker/workerApi';
import type { SimWorkerApi, WorkerEvent } from '../../../src/worker/protocol';
import { applyDelta } from '../../../src/store/applyDelta';
import type { Snapshot } from '../../../sim/snapshot';

const file = 'scenarios/training/default-weekday-morning.json';
const text = readFileSync(file, 'utf8');
const channels: MessageChannel[] = [];

function connect(): Comlink.Remote<SimWorkerApi> {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(createSimWorkerApi(), channel.port1);
  return Comlink.wrap<SimWorkerApi>(channel.port2);
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** Resolves with the first snapshot (rebuilt from deltas) that satisfies `until`. */
function collect(remote: Comlink.Remote<SimWorkerApi>, until: (s: Snapshot) => boolean): Promise<Snapshot> {
  let snapshot: Snapshot | null = null;
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no matching snapshot within 20 s')), 20_000);
    void remote.connect(
      Comlink.proxy((event: WorkerEvent) => {
        if (event.kind === 'failure') return reject(new Error(event.failure.message));
        if (event.kind !== 'snapshot') return;
        snapshot = applyDelta(snapshot, event.delta);
        if (until(snapshot)) {
          clearTimeout(timeout);
          resolve(snapshot);
        }
      }),
    );
  });
}

describe('the simulation worker over comlink', () => {
  it('loads a scenario, plays it, takes commands and streams snapshots', async () => {
    const remote = connect();
    const running = collect(remote, (s) => s.time > 600);
    const outcome = await remote.load(text, file, {});
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.summary.teamSize).toBe(12);
    await remote.setSpeed('end');
    await remote.play();
    const snap = await running;
    expect(snap.advisers).toHaveLength(12);
    expect(snap.channels[0].today.offered).toBeGreaterThan(0);

    const submitted = await remote.submit({ type: 'sendToBreak', adviserId: 'a01', minutes: 10 });
    expect(submitted).not.toBeNull();
    const record = submitted!;
    expect(['applied', 'rejected']).toContain(record.status);
    const refused = await remote.submit({ type: 'coach', adviserId: 'nobody', minutes: 5 });
    expect(refused).toMatchObject({ status: 'rejected', code: 'unknownAdviser' });
    await remote.pause();
    // The session keeps what it needs to restore itself: the commands that were applied, stamped.
    const log = (await remote.commandLog()) as { type: string; at: number }[];
    expect(log.map((c) => c.type)).toEqual(record.status === 'applied' ? ['sendToBreak'] : []);
    if (record.status === 'applied') expect(log[0].at).toBeGreaterThan(600);
  });

  it('numbers its play state with the page\'s last request, so the page can skip older events', async () => {
    const remote = connect();
    const plays: { playing: boolean; speed: unknown; seq: number }[] = [];
    await remote.connect(Comlink.proxy((event: WorkerEvent) => {
      if (event.kind === 'snapshot') plays.push(event.play);
    }));
    await remote.load(text, file, {});
    await remote.setSpeed(30, 1);
    await remote.play(2);
    await remote.setSpeed(60, 3);
    await remote.pause(4);
    await remote.setSpeed(120); // a caller that does not number its requests keeps the last number
    await new Promise((r) => setTimeout(r, 50));
    // Not every request gets its own event (the worker sends none while the page is busy),
    // but every event's state is what the requests up to its number made.
    const allowed: Record<number, string[]> = { 0: ['false 15'], 1: ['false 30'], 2: ['true 30'], 3: ['true 60'], 4: ['false 60', 'false 120'] };
    for (const p of plays) expect(allowed[p.seq], `event ${JSON.stringify(p)}`).toContain(`${p.playing} ${p.speed}`);
    expect(plays.at(-1)).toEqual({ playing: false, speed: 120, seq: 4 });
    plays.forEach((p, i) => i > 0 && expect(p.seq).toBeGreaterThanOrEqual(plays[i - 1].seq));
  });

  it('reports a broken scenario with its file and JSON path, and keeps working', async () => {
    const remote = connect();
    const bad = await remote.load('{"schemaVersion": 1}', 'broken.json', {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.failure.kind).toBe('scenario');
      expect(bad.failure.problems?.some((p) => p.path === '$.id')).toBe(true);
    }
    const good = await remote.load(text, file, {});
    expect(good.ok).toBe(true);
  });

  it('hands the final result with its scenario over once the shift has ended, not before', async () => {
    const remote = connect();
    const ended = collect(remote, (s) => s.finished);
    await remote.load(text, file, {});
    expect(await remote.result()).toBeNull();
    await remote.setSpeed('end');
    await remote.play();
    await ended;
    const final = await remote.result();
    expect(final).not.toBeNull();
    expect(final!.scenario.id).toBe('default-weekday-morning');
    expect(final!.result.kpis.byInterval.length).toBeGreaterThan(0);
    expect(final!.result.score.byBlock).toHaveProperty('people');
    expect(Object.keys(final!.adviserNames)).toHaveLength(12);
  });
});
