/**
 * The harmful supervisor: cancels breaks as they come due, pulls advisers off the
 * queue into offline tasks when it is under pressure, and ignores raised hands.
 * The amounts are parameters, so tests can check that more harm never scores higher.
 */
import type { Scenario } from '../scenario/schema';
import type { Snapshot } from '../snapshot';
import { mainChannel, queueUnderPressure, type Policy, type PolicyCommand } from './policy';

export interface HarmOptions {
  /** Breaks to cancel as they come due (default: every one). */
  readonly cancelBreaks?: number;
  /** Advisers to pull into a 30-minute offline task when the queue is under pressure (default 3). */
  readonly offlineAtPeak?: number;
}

export function harmfulPolicy(options: HarmOptions = {}): Policy {
  const maxCancels = options.cancelBreaks ?? Infinity;
  const maxOffline = options.offlineAtPeak ?? 3;
  const cancelled = new Set<string>();
  const pulled = new Set<string>();
  return {
    decide(snap: Snapshot, scenario: Scenario): PolicyCommand[] {
      const out: PolicyCommand[] = [];
      for (const a of snap.advisers) {
        if (cancelled.size >= maxCancels) break;
        const due = a.schedule.breaks.find((b) => b.state === 'planned' && b.at <= snap.time + 60);
        if (!due) continue;
        const key = `${a.id}@${due.at}`;
        if (cancelled.has(key)) continue;
        cancelled.add(key);
        out.push({ type: 'cancelBreak', adviserId: a.id });
      }
      if (pulled.size < maxOffline && queueUnderPressure(snap, mainChannel(scenario))) {
        const a = snap.advisers.find((x) => !pulled.has(x.id) && (x.state === 'available' || x.state === 'talking' || x.state === 'wrapUp'));
        if (a) { pulled.add(a.id); out.push({ type: 'assignOfflineTask', adviserId: a.id, minutes: 30 }); }
      }
      return out;
    },
  };
}
