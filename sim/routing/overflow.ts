/**
 * External overflow groups (another team, an outsourcer): opened and closed by
 * the supervisor, they take contacts that have waited `afterWaitSeconds` in the
 * queues they serve, up to their capacity, at a cost per contact, with longer
 * handling and lower first-contact resolution than the team.
 */
import type { OverflowGroupSpec } from '../scenario/channelOptions';
import { IntRing } from '../model/fifo';

export interface OverflowGroup {
  readonly index: number;
  readonly id: string;
  readonly spec: OverflowGroupSpec;
  /** Channel index → served. */
  readonly serves: Uint8Array;
  open: boolean;
  busy: number;
  /** Contacts due to overflow that found the group full, oldest first (tag: serial). */
  readonly waiting: IntRing;
  handled: number;
  cost: number;
}

export function createOverflowGroups(specs: readonly OverflowGroupSpec[], channelIds: readonly string[]): OverflowGroup[] {
  return specs.map((spec, index) => ({
    index,
    id: spec.id,
    spec,
    serves: Uint8Array.from(channelIds, (id) => (spec.channels.includes(id) ? 1 : 0)),
    open: spec.open,
    busy: 0,
    waiting: new IntRing(16),
    handled: 0,
    cost: 0,
  }));
}

/** Open groups serving a channel (usually zero or one). */
export function openGroupsFor(groups: readonly OverflowGroup[], channel: number): OverflowGroup[] {
  return groups.filter((g) => g.open && g.serves[channel] === 1);
}
