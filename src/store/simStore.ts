/**
 * The simulation as the page sees it: the latest snapshot (patched from worker
 * deltas so unchanged advisers keep their identity), the session phase, the
 * failure if any, and a bounded activity feed.
 */
import { createStore } from 'zustand/vanilla';
import type { Snapshot } from '../../sim/snapshot';
import type { CampaignDayInfo, DayEnd, ScenarioSummary, WorkerFailure } from '../worker/protocol';
import type { SnapshotDelta } from '../worker/snapshotDelta';
import { applyDelta } from './applyDelta';
import { RingBuffer } from './ringBuffer';
import type { FeedItem } from './feed';
import { feedFromSnapshot } from './feed';

export type Phase = 'picking' | 'loading' | 'running' | 'failed';

export interface SimState {
  /** The picker/briefing screen, the console for a loaded session, the assessor's comparison of result files, or the staffing lab. */
  readonly view: 'picker' | 'console' | 'assessor' | 'lab';
  readonly phase: Phase;
  readonly scenario: ScenarioSummary | null;
  readonly snapshot: Snapshot | null;
  readonly failure: WorkerFailure | null;
  /** Newest last, at most `feedCapacity` items. */
  readonly feed: readonly FeedItem[];
  /** A multi-day campaign: the day being played (null for a one-day scenario). */
  readonly day: CampaignDayInfo | null;
  /** A campaign day that has ended: what the end-of-day screen shows (null while the day is played). */
  readonly dayEnd: DayEnd | null;
}

export const feedCapacity = 120;

export function createSimStore() {
  const feed = new RingBuffer<FeedItem>(feedCapacity);
  const store = createStore<SimState>()(() => ({ view: 'picker', phase: 'picking', scenario: null, snapshot: null, failure: null, feed: [], day: null, dayEnd: null }));
  return Object.assign(store, {
    /** Applies a worker delta; returns the new snapshot. */
    applyDelta(delta: SnapshotDelta): Snapshot {
      const previous = store.getState().snapshot;
      const snapshot = applyDelta(delta.base === 'full' ? null : previous, delta);
      if (delta.base === 'full') feed.clear();
      const added = feedFromSnapshot(delta.base === 'full' ? null : previous, snapshot);
      for (const item of added) feed.push(item);
      store.setState({
        snapshot,
        phase: 'running',
        failure: null,
        ...(added.length > 0 || delta.base === 'full' ? { feed: feed.toArray() } : {}),
      });
      return snapshot;
    },
    fail(failure: WorkerFailure): void {
      store.setState({ phase: 'failed', failure });
    },
  });
}

export type SimStore = ReturnType<typeof createSimStore>;
