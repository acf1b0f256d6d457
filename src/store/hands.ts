/**
 * Raised hands: advisers on a difficult contact waiting for the supervisor.
 * Pure: the snapshot in, the hands by urgency out, each with the simulated
 * seconds left before the adviser handles it alone.
 */
import type { AdviserSnapshot, RaisedHand, Snapshot } from '../../sim/snapshot';

export interface HandView {
  readonly adviser: AdviserSnapshot;
  readonly hand: RaisedHand;
  /** Simulated seconds left before `deadline` (never negative). */
  readonly remaining: number;
}

/** A raised hand, whatever shape an older snapshot gave it (absent, or a boolean before it carried details). */
export function raisedHandOf(adviser: AdviserSnapshot): RaisedHand | null {
  const hand = (adviser as { raisedHand?: unknown }).raisedHand;
  return hand !== null && typeof hand === 'object' ? (hand as RaisedHand) : null;
}

export function remainingSeconds(hand: RaisedHand, time: number): number {
  return Math.max(0, hand.deadline - time);
}

const cache = new WeakMap<readonly AdviserSnapshot[], readonly { adviser: AdviserSnapshot; hand: RaisedHand }[]>();

/** Hands up now, the most urgent first (VIP first on a tie). */
export function raisedHands(snapshot: Pick<Snapshot, 'advisers' | 'time'>): HandView[] {
  let list = cache.get(snapshot.advisers);
  if (!list) {
    list = snapshot.advisers
      .map((adviser) => ({ adviser, hand: raisedHandOf(adviser) }))
      .filter((x): x is { adviser: AdviserSnapshot; hand: RaisedHand } => x.hand !== null)
      .sort((x, y) => x.hand.deadline - y.hand.deadline || Number(y.hand.vip) - Number(x.hand.vip));
    cache.set(snapshot.advisers, list);
  }
  return list.map((x) => ({ ...x, remaining: remainingSeconds(x.hand, snapshot.time) }));
}
