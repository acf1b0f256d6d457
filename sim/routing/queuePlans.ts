/**
 * Decisions about a waiting customer, as pure functions that return plans (the
 * caller applies them): the estimated wait, whether to offer a callback and
 * whether it is taken, and what the estimated-wait announcement makes them do.
 */

/** Estimated wait for a newly queued contact: queue length × mean handle ÷ skilled advisers logged in. */
export function estimatedWait(waiting: number, meanHandle: number, staffed: number): number {
  return staffed === 0 ? Infinity : (waiting * meanHandle) / staffed;
}

/** `none`: no offer (the wait looks short); `declined`: offered, stays in the queue; `accepted`: leaves for a callback. */
export type CallbackPlan = 'none' | 'declined' | 'accepted';

export function callbackPlan(estimatedWaitSeconds: number, threshold: number, uCallback: number, acceptShare: number): CallbackPlan {
  if (estimatedWaitSeconds <= threshold) return 'none';
  return uCallback < acceptShare ? 'accepted' : 'declined';
}

/**
 * The announcement tells a caller at `position` their share of the estimated wait;
 * a caller whose patience is shorter than that hangs up now.
 */
export function announcementPlan(estimatedWaitSeconds: number, position: number, waiting: number, patienceLeft: number): 'hangUp' | 'wait' {
  const announced = waiting > 0 ? (estimatedWaitSeconds * position) / waiting : 0;
  return announced > patienceLeft ? 'hangUp' : 'wait';
}
