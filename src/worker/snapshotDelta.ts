/**
 * Snapshots cross the worker boundary as deltas. postMessage clones everything,
 * which would break the engine's promise that unchanged advisers and interval
 * points keep their identity; so the worker sends only what changed and the
 * page patches its previous snapshot, reusing the unchanged objects.
 */
import type { ActivityEntry, AdviserSnapshot, BreachSnapshot, CommandRecord, IntervalPoint, Snapshot } from '../../sim/snapshot';

interface ListPatch<T> {
  readonly length: number;
  readonly changed: readonly (readonly [number, T])[];
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
  /** The activity feed and the breaches (up to a few hundred entries): null when unchanged. */
  readonly activity: readonly ActivityEntry[] | null;
  readonly breaches: readonly BreachSnapshot[] | null;
}

/** Small parts of the head rebuilt by the engine on every snapshot: the page keeps the old object when equal. */
const stableKeys = ['supervisor', 'score', 'activeEvents', 'overflow', 'costs'] as const;

function diffList<T>(previous: readonly T[] | undefined, next: readonly T[]): ListPatch<T> | null {
  if (previous === next) return null;
  const changed: (readonly [number, T])[] = [];
  for (let i = 0; i < next.length; i++) if (!previous || previous[i] !== next[i]) changed.push([i, next[i]]);
  if (previous && changed.length === 0 && previous.length === next.length) return null;
  return { length: next.length, changed };
}

function patchList<T>(previous: readonly T[], patch: ListPatch<T> | null | undefined): readonly T[] {
  if (!patch) return previous;
  const next = previous.slice(0, patch.length);
  for (const [i, item] of patch.changed) next[i] = item;
  return next;
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
      activity: !prev || prev.activity !== activity ? activity : null,
      breaches: !prev || prev.breaches !== breaches ? breaches : null,
    };
  }
}

/** Page side: the new snapshot, sharing every unchanged object with `previous`. */
export function applyDelta(previous: Snapshot | null, delta: SnapshotDelta): Snapshot {
  const base = delta.base === 'full' || !previous ? null : previous;
  const intervals: Record<string, readonly IntervalPoint[]> = { ...(base?.intervals ?? {}) };
  let intervalsChanged = !base;
  for (const [channel, patch] of Object.entries(delta.intervals)) {
    intervals[channel] = patchList(intervals[channel] ?? [], patch);
    intervalsChanged = true;
  }
  const log = delta.commandLog;
  const head: Record<string, unknown> = { ...delta.head };
  if (base) {
    for (const key of stableKeys) if (head[key] !== undefined && sameJson(base[key], head[key])) head[key] = base[key];
  }
  return {
    ...(head as SnapshotDelta['head']),
    activity: delta.activity ?? base?.activity ?? [],
    breaches: delta.breaches ?? base?.breaches ?? [],
    advisers: patchList(base?.advisers ?? [], delta.advisers),
    intervals: intervalsChanged || !base ? intervals : base.intervals,
    commandLog: log ? [...(base?.commandLog ?? []).slice(0, log.from), ...log.entries] : (base?.commandLog ?? []),
  };
}

/** Deep equality for the small plain-data parts of the head (a few hundred bytes). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
