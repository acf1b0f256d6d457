/**
 * Sessions that are never lost. The keeper holds the running session's record
 * (scenario, seed, applied commands, simulated time reached), decides when it
 * is worth writing (a command, a statistics interval crossed, a pause, the end,
 * a failure, the page going away), keeps the most recent SESSION_LIMIT records,
 * and runs the picker's list: resume, delete, export, import.
 *
 * It never talks to the worker: the controller hands it progress and asks it
 * for the record to replay, so a reload and a crashed worker restore through the
 * same record. Saved-at stamps are wall-clock (the page may read clocks; sim/ may not).
 */
import { createStore } from 'zustand/vanilla';
import type { MessageKey, Params } from '../i18n';
import { formatClock } from '../i18n/format';
import { byRecency, metaOf, parseSessionFile, SESSION_FORMAT, SESSION_LIMIT, sessionFileName, sessionFileText, type SessionMeta, type SessionRecord } from '../store/sessionRecord';
import { memorySessionDb, type OpenedSessionDb, type SessionDb } from '../store/sessionsDb';
import type { LoadOutcome, ScenarioSummary } from '../worker/protocol';

/** Where the running session has got to, as the page knows it. */
export interface Progress {
  /** Applied commands, each with its `at`. */
  readonly commands: readonly Record<string, unknown>[];
  /** Simulated seconds since the start of the shift. */
  readonly clock: number;
  readonly ended: boolean;
  /** A campaign: the day being played (`clock` is within it). */
  readonly day?: number;
}

/**
 * The session as the page knows it: the latest snapshot's time (or `clock`, the time a
 * failure had safely reached) and the commands applied so far; a command given after
 * that snapshot still counts. In a campaign, only the current day's commands do, and the
 * session has ended only with its last day.
 */
export function progressOf(
  snapshot: { readonly time: number; readonly finished: boolean } | null,
  commands: readonly Record<string, unknown>[],
  clock?: number,
  campaign?: { readonly day: number; readonly last: boolean },
): Progress {
  const today = campaign ? commands.filter((c) => (c.day ?? 1) === campaign.day) : commands;
  const latestAt = today.reduce((m, c) => (typeof c.at === 'number' && c.at > m ? c.at : m), 0);
  const ended = (snapshot?.finished ?? false) && (campaign?.last ?? true);
  return { commands, clock: Math.max(clock ?? snapshot?.time ?? 0, latestAt), ended, ...(campaign ? { day: campaign.day } : {}) };
}

export type RestoreCause = 'reload' | 'failure' | 'resume';

export interface SessionsState {
  /** Null while the store is opening; false when sessions cannot outlive the page (no IndexedDB). */
  readonly persistent: boolean | null;
  /** Saved sessions, newest first. */
  readonly list: readonly SessionMeta[];
  /** Set after a session was rebuilt by replay: the console says so, and at what time. */
  readonly restored: { readonly clockSeconds: number; readonly cause: RestoreCause } | null;
  /** Clock (seconds since midnight) of the running session's last completed save. */
  readonly savedClock: number | null;
  /** Outcome of the latest list operation or a failed save, shown until the next one. */
  readonly message: { readonly tone: 'ok' | 'error'; readonly key: MessageKey; readonly params?: Params } | null;
}

export interface KeeperOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly limit?: number;
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `s-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

function secondsOf(clock: string): number {
  const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

export class SessionKeeper {
  readonly store = createStore<SessionsState>()(() => ({ persistent: null, list: [], restored: null, savedClock: null, message: null }));
  private record: SessionRecord | null = null;
  private intervalSeconds = 1800;
  private lastInterval = -1;
  /** Set once the store is open: writes then start synchronously (a `pagehide` handler has no later). */
  private db: SessionDb | null = null;
  private readonly opened: Promise<SessionDb>;
  private pending: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly limit: number;

  constructor(opening: Promise<OpenedSessionDb> | OpenedSessionDb = { db: memorySessionDb(), persistent: false }, options: KeeperOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
    this.limit = options.limit ?? SESSION_LIMIT;
    this.opened = Promise.resolve(opening).then((o) => {
      this.db = o.db;
      this.store.setState({ persistent: o.persistent });
      return o.db;
    });
  }

  /** The running session's record (null before a start). */
  current(): SessionRecord | null {
    return this.record;
  }

  /** A new session: a new record, written at once so a reload in its first minute still finds it. */
  begin(source: { readonly text: string; readonly file: string }, summary: ScenarioSummary): Promise<void> {
    this.track(summary.intervalMinutes, 0);
    this.record = {
      format: SESSION_FORMAT,
      id: this.newId(),
      title: { fr: summary.title.fr, en: summary.title.en },
      scenario: { id: summary.id, file: source.file, text: source.text },
      seed: summary.seed,
      dayStart: secondsOf(summary.clock.start),
      clock: 0,
      ended: false,
      commands: [],
      savedAt: this.now().toISOString(),
    };
    this.store.setState({ savedClock: null, restored: null });
    return this.write(this.record, true);
  }

  /** A saved session is running again: later saves update the same record. */
  adopt(record: SessionRecord, summary: ScenarioSummary, cause: RestoreCause): void {
    this.record = record;
    this.track(summary.intervalMinutes, record.clock);
    this.store.setState({ restored: { clockSeconds: record.dayStart + record.clock, cause }, savedClock: record.dayStart + record.clock });
  }

  /** No session is running (one is loading): saves wait for `begin` or `adopt`. */
  detach(): void {
    this.record = null;
  }

  dismissRestored(): void {
    this.store.setState({ restored: null });
  }

  /** Writes the running session as it now stands. */
  save(progress: Progress): Promise<void> {
    const record = this.record;
    if (!record) return Promise.resolve();
    this.lastInterval = Math.floor(progress.clock / this.intervalSeconds);
    this.record = { ...record, clock: progress.clock, ended: progress.ended, ...(progress.day !== undefined ? { day: progress.day } : {}), commands: progress.commands.map((c) => ({ ...c }) as SessionRecord['commands'][number]), savedAt: this.now().toISOString() };
    return this.write(this.record, false);
  }

  /** Called with every snapshot: saves when an interval was crossed, on pause, at the end, or on a new command. */
  observe(progress: Progress, playing: boolean): void {
    const record = this.record;
    if (!record) return;
    const crossed = Math.floor(progress.clock / this.intervalSeconds) !== this.lastInterval;
    const paused = !playing && progress.clock !== record.clock;
    if (crossed || paused || progress.ended !== record.ended || progress.day !== record.day || progress.commands.length !== record.commands.length) void this.save(progress);
  }

  /** The running session's record once every save asked for so far has been written. */
  async settled(): Promise<SessionRecord | null> {
    await this.pending;
    return this.record;
  }

  /** The most recently saved session that has not ended (what a reload restores). */
  async latestUnfinished(): Promise<SessionRecord | null> {
    const all = await this.readAll();
    return all.filter((r) => !r.ended).sort(byRecency)[0] ?? null;
  }

  async get(id: string): Promise<SessionRecord | null> {
    try {
      return await (await this.opened).get(id);
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  async refresh(): Promise<void> {
    const all = await this.readAll();
    this.store.setState({ list: all.sort(byRecency).map(metaOf) });
  }

  async remove(id: string): Promise<void> {
    try {
      await (await this.opened).remove(id);
      if (this.record?.id === id) this.record = null;
      this.store.setState({ message: { tone: 'ok', key: 'sessions.deleted' } });
    } catch (error) {
      this.fail(error);
    }
    await this.refresh();
  }

  /** The export file of a saved session (null when it is gone). */
  async exportFile(id: string): Promise<{ readonly name: string; readonly text: string } | null> {
    const record = await this.get(id);
    return record ? { name: sessionFileName(record), text: sessionFileText(record) } : null;
  }

  /**
   * Adds an exported session, under a new id so it replaces nothing. A bad file
   * (not JSON, a wrong field, an unknown command, a scenario the engine refuses)
   * writes nothing and says what is wrong. Returns the new record, or null.
   */
  async importFile(text: string, fileName: string, inspect: (text: string, file: string) => Promise<LoadOutcome>): Promise<SessionRecord | null> {
    const bad = (problems: readonly string[]) => {
      this.store.setState({ message: { tone: 'error', key: 'sessions.import.bad', params: { file: fileName, problems: problems.join('\n') } } });
      return null;
    };
    const parsed = parseSessionFile(text);
    if (!parsed.ok) return bad(parsed.problems);
    const { scenario } = parsed.record;
    const outcome = await inspect(scenario.text, scenario.file);
    if (!outcome.ok) {
      const f = outcome.failure;
      return bad(f.problems && f.problems.length > 0 ? f.problems.map((p) => `$.scenario.text: ${p.path}: ${p.message}`) : [`$.scenario.text: ${f.message}`]);
    }
    if (outcome.summary.id !== scenario.id) return bad([`$.scenario.id: "${scenario.id}" but the scenario text is "${outcome.summary.id}"`]);
    const record: SessionRecord = { ...parsed.record, id: this.newId(), savedAt: this.now().toISOString() };
    await this.write(record, true);
    this.store.setState({ message: { tone: 'ok', key: 'sessions.import.done', params: { clock: formatClock(record.dayStart + record.clock) } } });
    await this.refresh();
    return record;
  }

  private track(intervalMinutes: number, clock: number): void {
    this.intervalSeconds = Math.max(1, intervalMinutes * 60);
    this.lastInterval = Math.floor(clock / this.intervalSeconds);
  }

  private async readAll(): Promise<SessionRecord[]> {
    try {
      return await (await this.opened).list();
    } catch (error) {
      this.fail(error);
      return [];
    }
  }

  /** A new record may push the oldest out; an update of one already saved never does. */
  private write(record: SessionRecord, isNew: boolean): Promise<void> {
    const put = (db: SessionDb) => db.put(record);
    // Only the latest record asked for says what is saved: an earlier write that completes late must not set it back.
    const written = (this.db ? put(this.db) : this.opened.then(put))
      .then(async () => {
        if (this.record === record) this.store.setState({ savedClock: record.dayStart + record.clock });
        if (isNew) await this.prune(record.id);
      })
      .catch((error: unknown) => this.fail(error));
    this.pending = Promise.all([this.pending, written]);
    return written;
  }

  private async prune(keep: string): Promise<void> {
    const db = await this.opened;
    const all = (await db.list()).sort(byRecency);
    for (const old of all.slice(this.limit)) if (old.id !== keep && old.id !== this.record?.id) await db.remove(old.id);
  }

  private fail(error: unknown): void {
    this.store.setState({ message: { tone: 'error', key: 'sessions.saveFailed', params: { reason: reasonOf(error) } } });
  }
}
