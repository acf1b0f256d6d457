/** Small readers over the shift's facts that several rules share. */
import { Field } from '../counters';
import type { ShiftFacts } from '../shiftFacts';
import type { CommandRecord } from '../../snapshot';

/** Commands applied at or before `until`, of one type. */
export function appliedCommands(facts: ShiftFacts, until: number, type: string): CommandRecord[] {
  return facts.commands.filter((c) => c.status === 'applied' && c.type === type && c.at <= until);
}

export const field = (c: CommandRecord, name: string): unknown => c.command[name];

export function adviserName(facts: ShiftFacts, id: unknown): string {
  return facts.advisers.find((a) => a.id === id)?.name ?? String(id);
}

/**
 * Service level of one interval in a run, as a share of the channel's target
 * (null with fewer than five contacts to judge: too few to call it a surge or a lull).
 */
export function intervalServiceShare(facts: ShiftFacts, run: 'live' | 'ghost', channelId: string, k: number): number | null {
  const ch = facts.channels.find((c) => c.id === channelId);
  const counters = facts[run].counters;
  if (!ch || ch.target <= 0 || k < 0 || k >= counters.intervalCount) return null;
  const row = counters.row(ch.index, k);
  const counted = counters.get(row, Field.answered) + counters.get(row, Field.abandoned) - counters.get(row, Field.shortAbandoned);
  if (counted < 5) return null;
  return counters.get(row, Field.answeredWithinThreshold) / counted / ch.target;
}

/** True when, with nothing done, the channels' queue misses its target in interval k: the team needs help. */
export function underPressure(facts: ShiftFacts, channelIds: readonly string[], k: number): boolean {
  return channelIds.some((id) => {
    const s = intervalServiceShare(facts, 'ghost', id, k);
    return s !== null && s < 1;
  });
}

export const intervalAt = (facts: ShiftFacts, at: number) => Math.max(0, Math.floor(at / facts.intervalSeconds));

/** 1 within `minutes`, ½ within twice that, ¼ later. */
export function timeliness(delaySeconds: number, minutes: number): number {
  return delaySeconds <= minutes * 60 ? 1 : delaySeconds <= 2 * minutes * 60 ? 0.5 : 0.25;
}
