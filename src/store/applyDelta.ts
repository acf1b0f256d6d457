/**
 * The page's half of the snapshot deltas (the format and the encoder are in
 * src/worker/snapshotDelta.ts): patches the previous snapshot with what the
 * worker says changed, so every unchanged object keeps its identity and
 * consumers can compare with `===`.
 */
import type { IntervalPoint, Snapshot } from '../../sim/snapshot';
import type { ListPatch, SnapshotDelta, TailPatch } from '../worker/snapshotDelta';

/** Small parts of the head rebuilt by the engine on every snapshot: the page keeps the old object when equal. */
const stableKeys = ['supervisor', 'score', 'activeEvents', 'overflow', 'costs'] as const;

function patchList<T>(previous: readonly T[], patch: ListPatch<T> | null | undefined): readonly T[] {
  if (!patch) return previous;
  const next = previous.slice(0, patch.length);
  for (const [i, item] of patch.changed) next[i] = item;
  return next;
}

function patchTail<T>(previous: readonly T[], patch: TailPatch<T> | null): readonly T[] {
  if (!patch) return previous;
  return patch.drop === 0 && patch.append.length === 0 ? previous : [...previous.slice(patch.drop), ...patch.append];
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
    activity: patchTail(base?.activity ?? [], delta.activity),
    breaches: patchTail(base?.breaches ?? [], delta.breaches),
    advisers: patchList(base?.advisers ?? [], delta.advisers),
    intervals: intervalsChanged || !base ? intervals : base.intervals,
    commandLog: log ? [...(base?.commandLog ?? []).slice(0, log.from), ...log.entries] : (base?.commandLog ?? []),
  };
}

/** Deep equality for the small plain-data parts of the head (a few hundred bytes). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
