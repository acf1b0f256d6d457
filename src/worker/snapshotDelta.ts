/**
 * Snapshots cross the worker boundary as deltas. postMessage clones everything,
 * which would break the engine's promise that unchanged advisers and interval
 * points keep their identity; so the worker sends only what changed and the
 * page patches its previous snapshot, reusing the unchanged objects
 * (src/store/applyDelta.ts). This file is the worker's half: the format and
 * the encoder.
 */
import type { ActivityEntry, AdviserSnapshot, BreachSnapshot, CommandRecord, IntervalPoint, Snapshot } from '../../sim/snapshot';

export interface ListPatch<T> {
  readonly length: number;
  readonly changed: readonly (readonly [number, T])[];
}

/**
 * A window on an append-only log that slid: drop `drop` entries from the front
 * of the previous one, then append `append`. The entries both windows share
 * stay the page's own objects (the feed renders only the new lines).
 */
export interface TailPatch<T> {
  readonly drop: number;
  readonly append: readonly T[];
}

export interface SnapshotDelta {
  /** 'full': ignore the previous snapshot (first one, or a new session). */
  readonly base: 'full' | 'patch';
  readonly head: Omit<Snapshot, 'advisers' | 'intervals' | 'commandLog' | 'activity' | 'breaches'>;
  /** null: the adviser list did not change. */
  readonly advisers: ListPatch<AdviserSnapshot> | null;
  /** Per channel; a missing channel did not change. */
  readonly intervals: Readonly<Record<string, ListPatch<IntervalPoint>>>;
  /** New command records since the previous snapshot. */
  readonly commandLog: { readonly from: number; readonly entries: readonly CommandRecord[] } | null;
  /** The activity feed (the engine's last 200 entries) and the breaches: null when unchanged. */
  readonly activity: TailPatch<ActivityEntry> | null;
  readonly breaches: TailPatch<BreachSnapshot> | null;
}

function diffList<T>(previous: readonly T[] | undefined, next: readonly T[]): ListPatch<T> | null {
  if (previous === next) return null;
  const changed: (readonly [number, T])[] = [];
  for (let i = 0; i < next.length; i++) if (!previous || previous[i] !== next[i]) changed.push([i, next[i]]);
  if (previous && changed.length === 0 && previous.length === next.length) return null;
  return { length: next.length, changed };
}

/**
 * `next` as a slide of `previous` when it is one (the engine's windows share
 * their entry objects), else a patch that replaces everything.
 */
function diffTail<T>(previous: readonly T[] | undefined, next: readonly T[]): TailPatch<T> | null {
  if (previous === next) return null;
  const old = previous ?? [];
  const kept = old.length === 0 ? -1 : next.lastIndexOf(old[old.length - 1]);
  if (kept >= 0) {
    const drop = old.length - (kept + 1);
    let same = drop >= 0;
    for (let i = 0; same && i <= kept; i++) same = next[i] === old[drop + i];
    if (same) return kept + 1 === next.length && drop === 0 ? null : { drop, append: next.slice(kept + 1) };
  }
  return { drop: old.length, append: next };
}

/** Worker side: remembers what it last sent. */
export class SnapshotEncoder {
  private previous: Snapshot | null = null;

  /** The next delta is 'full' (call when a new session starts). */
  reset(): void {
    this.previous = null;
  }

  encode(snapshot: Snapshot): SnapshotDelta {
    const prev = this.previous;
    this.previous = snapshot;
    const { advisers, intervals, commandLog, activity, breaches, ...head } = snapshot;
    const intervalPatches: Record<string, ListPatch<IntervalPoint>> = {};
    if (!prev || prev.intervals !== intervals) {
      for (const [channel, points] of Object.entries(intervals)) {
        const patch = diffList(prev?.intervals[channel], points);
        if (patch) intervalPatches[channel] = patch;
      }
    }
    const from = prev && prev.commandLog.length <= commandLog.length ? prev.commandLog.length : 0;
    return {
      base: prev ? 'patch' : 'full',
      head,
      advisers: diffList(prev?.advisers, advisers),
      intervals: intervalPatches,
      commandLog: !prev || prev.commandLog !== commandLog ? { from, entries: commandLog.slice(from) } : null,
      activity: diffTail(prev?.activity, activity),
      breaches: diffTail(prev?.breaches, breaches),
    };
  }
}
