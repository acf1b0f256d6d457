/**
 * The shift's activity feed: what happened that a supervisor should see
 * (commands, raised hands, breaches, scenario events), each with a stable code
 * and parameters for translation plus an English text for logs.
 */
import type { ActivityEntry } from '../snapshot';

/** Entries kept (the oldest are dropped past this; counts by code are kept whole). */
const KEEP = 5000;

export class ActivityLog {
  entries: ActivityEntry[] = [];
  /** Entries ever added, by code (for the shift report). */
  readonly counts: Record<string, number> = {};
  /** Bumped on every addition (the entries array is trimmed, so its length is not a version). */
  version = 0;
  /** Called with every entry as it is added (the score keeps the facts it judges; the list itself is trimmed). */
  private readonly listeners: ((entry: ActivityEntry) => void)[] = [];

  listen(listener: (entry: ActivityEntry) => void): void {
    this.listeners.push(listener);
  }

  add(at: number, code: string, text: string, params: Record<string, string | number> = {}, severity: ActivityEntry['severity'] = 'info', adviserId?: string): void {
    const entry: ActivityEntry = { at, code, params, text, severity, ...(adviserId !== undefined ? { adviserId } : {}) };
    this.entries.push(entry);
    for (const listener of this.listeners) listener(entry);
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    this.version++;
    if (this.entries.length > 2 * KEEP) this.entries = this.entries.slice(-KEEP);
  }
}
