/**
 * A saved session, replayed, is the session: for records written at the moments
 * the page writes them (a command given mid-interval, an interval crossed, a pause),
 * the replay reaches the live run's snapshot at the saved time (clock, KPIs, score
 * against its ghost, advisers) and then goes on exactly as the live run does.
 * The record goes through the export file on the way, as an imported one would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SessionKeeper, progressOf } from '../../../src/app/sessions';
import { memorySessionDb, type SessionDb } from '../../../src/store/sessionsDb';
import { parseSessionFile, sessionFileText, type SessionRecord } from '../../../src/store/sessionRecord';
import { applyDelta } from '../../../src/store/applyDelta';
import { SimSession } from '../../../src/worker/session';
import type { Snapshot } from '../../../sim/snapshot';

const file = 'training/default-weekday-morning.json';
const text = readFileSync(`scenarios/${file}`, 'utf8');

/** The page's side: the snapshot rebuilt from the worker's deltas. */
function viewer(session: SimSession) {
  let snapshot: Snapshot | null = null;
  return () => {
    const event = session.emit();
    if (event?.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(event)}`);
    snapshot = applyDelta(snapshot, event.delta);
    return snapshot;
  };
}

/** What "the same state" means on screen and in the score. */
function observed(s: Snapshot) {
  return { time: s.time, clockSeconds: s.clockSeconds, finished: s.finished, channels: s.channels, occupancy: s.occupancy, score: s.score, advisers: s.advisers };
}

interface Saved {
  readonly record: SessionRecord;
  readonly live: Snapshot;
}

/** Plays the default morning as the console would, with the keeper writing as the controller makes it. */
async function playLive() {
  const saves: Saved[] = [];
  const memory = memorySessionDb();
  let latest: Snapshot | null = null;
  const db: SessionDb = { ...memory, put: (r) => (saves.push({ record: structuredClone(r), live: latest! }), memory.put(r)) };
  const keeper = new SessionKeeper({ db, persistent: true });
  const live = new SimSession();
  const view = viewer(live);
  const outcome = live.load(text, file);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  latest = view();
  await keeper.begin({ text, file }, outcome.summary);
  const applied: Record<string, unknown>[] = [];
  const tick = (wallMs: number) => {
    live.tick(wallMs);
    latest = view();
    keeper.observe(progressOf(latest, applied), live.playing);
  };
  const give = (command: Record<string, unknown>) => {
    const record = live.submit(command);
    if (record?.status === 'applied') applied.push({ ...command, at: record.at });
    latest = view();
    void keeper.save(progressOf(latest, applied));
    return record;
  };
  live.speed = 120;
  live.playing = true;
  for (let i = 0; i < 41; i++) tick(233); // 08:19:06: mid-interval, odd wall steps
  // Refused (unknown adviser): the live run makes its score ghost here, the replay does not see it.
  expect(give({ type: 'coach', adviserId: 'nobody', minutes: 20 })?.status).toBe('rejected');
  for (let i = 0; i < 7; i++) tick(241);
  expect(give({ type: 'coach', adviserId: 'a12', minutes: 25 })?.status).toBe('applied');
  for (let i = 0; i < 90; i++) tick(197);
  expect(give({ type: 'sendToBreak', adviserId: 'a05', minutes: 10 })?.status).toBe('applied');
  for (let i = 0; i < 60; i++) tick(250);
  live.playing = false; // pause: the page saves what it shows
  tick(0);
  return { saves, live, view };
}

function replay(record: SessionRecord) {
  const parsed = parseSessionFile(sessionFileText(record));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const r = parsed.record;
  const session = new SimSession();
  const outcome = session.load(r.scenario.text, r.scenario.file, { seed: r.seed, commands: r.commands, advanceTo: r.ended ? Infinity : r.clock });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return { session, view: viewer(session) };
}

describe('a saved session replayed', () => {
  it('reaches the live snapshot at every kind of save', async () => {
    const { saves } = await playLive();
    const afterCommand = saves.find((s) => s.record.commands.length === 1 && s.record.clock === s.record.commands[0].at)!;
    const crossed = saves.find((s) => s.record.commands.length === 2 && s.record.clock > s.record.commands[1].at)!;
    const paused = saves[saves.length - 1];
    expect(afterCommand.record.clock % 1800).toBeGreaterThan(0); // the command was given mid-interval
    expect(Math.floor(crossed.record.clock / 1800)).toBeGreaterThan(Math.floor(crossed.record.commands[1].at / 1800));
    expect(paused.record.clock).toBe(paused.live.time);
    for (const saved of [afterCommand, crossed, paused]) {
      expect(saved.record.clock).toBe(saved.live.time);
      const { view } = replay(saved.record);
      expect(observed(view())).toEqual(observed(saved.live));
    }
  });

  it('was worth checking: the commands changed the run against doing nothing', async () => {
    const { saves } = await playLive();
    const paused = saves[saves.length - 1];
    const nothing = replay({ ...paused.record, commands: [] }).view();
    expect(nothing.time).toBe(paused.live.time);
    expect(nothing.advisers).not.toEqual(paused.live.advisers);
    expect(paused.live.score?.byInterval.length).toBeGreaterThan(2);
  });

  it('then goes on exactly as the live run does', async () => {
    const { saves, live, view: liveView } = await playLive();
    const { session, view } = replay(saves[saves.length - 1].record);
    view();
    for (const s of [live, session]) {
      s.speed = 120;
      s.playing = true;
    }
    for (let i = 0; i < 80; i++) {
      live.tick(211);
      session.tick(211);
    }
    expect(observed(view())).toEqual(observed(liveView()));
  });

  it('ends where the live day ended, for a session saved as ended', async () => {
    const { saves, live, view: liveView } = await playLive();
    live.speed = 120;
    live.playing = true;
    let end = liveView();
    // A snapshot at every tick, as the worker posts them: one taken after the team logged off and
    // before the day closed must not linger.
    for (let i = 0; i < 1000 && live.playing; i++) {
      live.tick(250);
      end = liveView();
    }
    expect(end.finished).toBe(true);
    const { view } = replay({ ...saves[saves.length - 1].record, clock: end.time, ended: true });
    const replayed = view();
    expect(observed(replayed)).toEqual(observed(end));
  });
});
