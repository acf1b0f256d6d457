import { describe, expect, it } from 'vitest';
import { SessionKeeper, progressOf } from '../../../src/app/sessions';
import { memorySessionDb, openSessionDb, type SessionDb } from '../../../src/store/sessionsDb';
import { SESSION_FORMAT, sessionFileText, type SessionRecord } from '../../../src/store/sessionRecord';
import type { LoadOutcome, ScenarioSummary } from '../../../src/worker/protocol';

const summary = {
  id: 'morning',
  file: 'training/morning.json',
  title: { fr: 'Matin', en: 'Morning' },
  briefing: null,
  clock: { start: '08:00', end: '13:00' },
  mode: 'realistic',
  purpose: 'training',
  seed: 11,
  teamSize: 12,
  intervalMinutes: 30,
  channels: [],
} as ScenarioSummary;
const source = { text: '{"scenario":"text"}', file: 'training/morning.json' };
const accept = (): Promise<LoadOutcome> => Promise.resolve({ ok: true, summary });

/** A keeper on an in-memory store, with a wall clock that moves one second a call and numbered ids. */
function keeperOn(db: SessionDb = memorySessionDb(), limit?: number) {
  let wall = Date.parse('2026-12-02T01:00:00.000Z');
  let id = 0;
  const keeper = new SessionKeeper({ db, persistent: true }, { now: () => new Date((wall += 1000)), newId: () => `s${++id}`, ...(limit ? { limit } : {}) });
  return { keeper, db };
}

/** Counts the writes to a store. */
function countingDb() {
  const db = memorySessionDb();
  let puts = 0;
  return { db: { ...db, put: (r: SessionRecord) => (puts++, db.put(r)) } as SessionDb, puts: () => puts };
}

const coach = { type: 'coach', adviserId: 'a03', minutes: 20, at: 700 };

describe('the session keeper', () => {
  it('writes a new session at once, with what a replay needs', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    const [saved] = await db.list();
    expect(saved).toMatchObject({ format: SESSION_FORMAT, id: 's1', title: summary.title, scenario: { id: 'morning', ...source }, seed: 11, dayStart: 8 * 3600, clock: 0, ended: false, commands: [] });
    expect(keeper.store.getState().savedClock).toBe(8 * 3600);
  });

  it('saves on a new command, on crossing an interval and on pause, not on every snapshot', async () => {
    const counting = countingDb();
    const { keeper } = keeperOn(counting.db);
    await keeper.begin(source, summary);
    const base = counting.puts();
    keeper.observe(progressOf({ time: 300, finished: false }, []), true);
    keeper.observe(progressOf({ time: 600, finished: false }, []), true);
    expect(counting.puts()).toBe(base); // same interval, playing: nothing new
    keeper.observe(progressOf({ time: 700, finished: false }, [coach]), true);
    expect(counting.puts()).toBe(base + 1);
    keeper.observe(progressOf({ time: 1790, finished: false }, [coach]), true);
    keeper.observe(progressOf({ time: 1805, finished: false }, [coach]), true);
    expect(counting.puts()).toBe(base + 2); // 08:30 crossed
    keeper.observe(progressOf({ time: 1900, finished: false }, [coach]), false);
    keeper.observe(progressOf({ time: 1900, finished: false }, [coach]), false);
    expect(counting.puts()).toBe(base + 3); // paused: once
    keeper.observe(progressOf({ time: 2000, finished: true }, [coach]), false);
    const saved = await keeper.settled();
    expect(saved).toMatchObject({ clock: 2000, ended: true, commands: [coach] });
  });

  it('counts a command given after the latest snapshot in the clock reached', () => {
    expect(progressOf({ time: 650, finished: false }, [coach]).clock).toBe(700);
    expect(progressOf({ time: 650, finished: false }, [coach], 900).clock).toBe(900);
    expect(progressOf(null, []).clock).toBe(0);
  });

  it('saves nothing between a start and the new session being begun or adopted', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    await keeper.save(progressOf({ time: 4000, finished: false }, [coach]));
    keeper.detach();
    keeper.observe(progressOf({ time: 0, finished: false }, []), false);
    await keeper.save(progressOf({ time: 0, finished: false }, []));
    expect((await db.get('s1'))?.clock).toBe(4000);
  });

  it('restores the most recent unfinished session, not an ended one', async () => {
    const { keeper } = keeperOn();
    await keeper.begin(source, summary);
    await keeper.save(progressOf({ time: 3000, finished: false }, []));
    await keeper.begin(source, summary);
    await keeper.save(progressOf({ time: 18000, finished: true }, []));
    expect((await keeper.latestUnfinished())?.id).toBe('s1');
  });

  it('adopting a saved session keeps its id and says it was restored, and when', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    await keeper.save(progressOf({ time: 3600, finished: false }, [coach]));
    const record = (await keeper.latestUnfinished())!;
    keeper.detach();
    keeper.adopt(record, summary, 'reload');
    expect(keeper.store.getState().restored).toEqual({ clockSeconds: 9 * 3600, cause: 'reload' });
    await keeper.save(progressOf({ time: 3700, finished: false }, [coach]));
    expect((await db.list()).map((r) => [r.id, r.clock])).toEqual([['s1', 3700]]);
  });

  it('keeps the most recent sessions only, never the running one out', async () => {
    const { keeper, db } = keeperOn(memorySessionDb(), 3);
    for (let i = 0; i < 5; i++) await keeper.begin(source, summary);
    await keeper.refresh();
    expect(keeper.store.getState().list.map((m) => m.id)).toEqual(['s5', 's4', 's3']);
    expect((await db.list()).length).toBe(3);
  });

  it('imports an exported session under a new id, changing nothing saved', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    await keeper.save(progressOf({ time: 5000, finished: false }, [coach]));
    const exported = (await keeper.exportFile('s1'))!;
    expect(exported.name).toBe('session-morning-0923.json');
    const imported = await keeper.importFile(exported.text, exported.name, accept);
    expect(imported?.id).toBe('s2');
    const rows = (await db.list()).sort((a, b) => a.id.localeCompare(b.id));
    expect(rows.map((r) => [r.id, r.clock, r.commands])).toEqual([['s1', 5000, [coach]], ['s2', 5000, [coach]]]);
    expect(keeper.store.getState().message).toMatchObject({ tone: 'ok', key: 'sessions.import.done', params: { clock: '09:23:20' } });
  });

  it('refuses a bad file with what is wrong, and loses nothing already saved', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    const before = await db.list();
    const broken = (await keeper.exportFile('s1'))!.text.replace('"seed": 11', '"seed": -1');
    expect(await keeper.importFile(broken, 'mine.json', accept)).toBeNull();
    expect(keeper.store.getState().message).toMatchObject({ tone: 'error', key: 'sessions.import.bad', params: { file: 'mine.json' } });
    expect(String(keeper.store.getState().message?.params?.problems)).toMatch(/^\$\.seed: /);
    expect(await db.list()).toEqual(before);
  });

  it('refuses a session whose scenario the engine rejects, or whose scenario is another', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    const text = (await keeper.exportFile('s1'))!.text;
    const refuse = (): Promise<LoadOutcome> => Promise.resolve({ ok: false, failure: { kind: 'scenario', message: 'x', problems: [{ path: '$.seed', message: 'Too small' }] } });
    expect(await keeper.importFile(text, 'a.json', refuse)).toBeNull();
    expect(keeper.store.getState().message?.params?.problems).toBe('$.scenario.text: $.seed: Too small');
    const other = (): Promise<LoadOutcome> => Promise.resolve({ ok: true, summary: { ...summary, id: 'evening' } });
    expect(await keeper.importFile(text, 'b.json', other)).toBeNull();
    expect(keeper.store.getState().message?.params?.problems).toMatch(/^\$\.scenario\.id: /);
    expect((await db.list()).map((r) => r.id)).toEqual(['s1']);
  });

  it('deletes a session', async () => {
    const { keeper, db } = keeperOn();
    await keeper.begin(source, summary);
    await keeper.begin(source, summary);
    await keeper.remove('s1');
    expect((await db.list()).map((r) => r.id)).toEqual(['s2']);
    expect(keeper.store.getState().list.map((m) => m.id)).toEqual(['s2']);
  });

  it('reports a failed write instead of throwing', async () => {
    const db = { ...memorySessionDb(), put: () => Promise.reject(new Error('QuotaExceededError')) };
    const { keeper } = keeperOn(db);
    await expect(keeper.begin(source, summary)).resolves.toBeUndefined();
    expect(keeper.store.getState().message).toMatchObject({ tone: 'error', key: 'sessions.saveFailed', params: { reason: 'QuotaExceededError' } });
  });
});

describe('opening the store', () => {
  it('falls back to memory, saying so, without IndexedDB', async () => {
    const opened = await openSessionDb(undefined);
    expect(opened.persistent).toBe(false);
    await opened.db.put({ id: 'x' } as SessionRecord);
    expect(await opened.db.get('x')).toEqual({ id: 'x' });
  });

  it('falls back to memory when the browser refuses to open it (private mode)', async () => {
    const refusing = { open: () => { throw new DOMException('The user denied permission', 'SecurityError'); } } as unknown as IDBFactory;
    const opened = await openSessionDb(refusing);
    expect(opened).toMatchObject({ persistent: false, reason: 'The user denied permission' });
    const keeper = new SessionKeeper(Promise.resolve(opened));
    await keeper.begin(source, summary);
    expect(keeper.store.getState().persistent).toBe(false);
    expect((await keeper.latestUnfinished())?.clock).toBe(0);
  });

  it('gives up on an open that never ends (another tab blocking it)', async () => {
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    expect(await openSessionDb(hanging, 20)).toMatchObject({ persistent: false, reason: 'IndexedDB did not open within 20 ms' });
  });

  it('keeps a stored record apart from the caller’s copy', async () => {
    const db = memorySessionDb();
    const record = JSON.parse(sessionFileText({ format: SESSION_FORMAT, id: 'r', title: { fr: '', en: '' }, scenario: { id: 'a', file: 'f', text: 't' }, seed: 0, dayStart: 0, clock: 1, ended: false, commands: [], savedAt: '2026-12-02T01:00:00.000Z' })) as SessionRecord;
    await db.put(record);
    record.commands.push(coach);
    expect((await db.get('r'))?.commands).toEqual([]);
  });
});
