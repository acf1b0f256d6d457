/**
 * Alerts derived from a snapshot: what triggered them and which lever exists is
 * spelled out by the panel (i18n keys `alert.<kind>.what` / `.lever`). Pure.
 */
import type { Snapshot } from '../../sim/snapshot';

export type AlertKind = 'serviceLevel' | 'longestWait' | 'abandons' | 'occupancy' | 'longHold' | 'longWrapUp';

export interface Alert {
  /** Stable while the condition lasts (used to tell new alerts from old ones). */
  readonly id: string;
  readonly kind: AlertKind;
  readonly severity: 'warning' | 'alert';
  readonly channelId?: string;
  readonly adviserId?: string;
  readonly adviserName?: string;
  /** The measured value that triggered the alert (a share 0–1 or seconds). */
  readonly value: number;
  /** The limit it crossed (same unit). */
  readonly limit: number;
}

/** Thresholds, in one place so the tooltips can quote them. */
export const alertLimits = {
  /** Interval SL is only judged once this many contacts count towards it. */
  minContactsForServiceLevel: 10,
  /** Longest wait alert at this many times the SL threshold. */
  waitFactor: 3,
  abandonRate: 0.05,
  occupancy: 0.9,
  holdSeconds: 180,
  wrapUpSeconds: 180,
  /** At most this many adviser-level alerts (a large floor must not flood the panel). */
  maxAdviserAlerts: 5,
} as const;

const cache = new WeakMap<Snapshot, readonly Alert[]>();

export function alertsOf(snapshot: Snapshot): readonly Alert[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const alerts: Alert[] = [];
  for (const c of snapshot.channels) {
    const i = c.interval;
    const counted = i.answered + i.abandoned - i.shortAbandoned;
    if (i.serviceLevel !== null && counted >= alertLimits.minContactsForServiceLevel && i.serviceLevel < c.target) {
      alerts.push({ id: `sl:${c.id}`, kind: 'serviceLevel', severity: i.serviceLevel < c.target - 0.1 ? 'alert' : 'warning', channelId: c.id, value: i.serviceLevel, limit: c.target });
    }
    const waitLimit = Math.max(c.thresholdSeconds, 1) * alertLimits.waitFactor;
    if (c.queueLength > 0 && c.longestWait > waitLimit) {
      alerts.push({ id: `wait:${c.id}`, kind: 'longestWait', severity: 'alert', channelId: c.id, value: c.longestWait, limit: waitLimit });
    }
    const ab = c.today.abandonRate;
    if (ab !== null && c.today.offered >= 20 && ab > alertLimits.abandonRate) {
      alerts.push({ id: `abandons:${c.id}`, kind: 'abandons', severity: 'warning', channelId: c.id, value: ab, limit: alertLimits.abandonRate });
    }
  }
  if (snapshot.occupancy !== null && snapshot.time > 1800 && snapshot.occupancy > alertLimits.occupancy) {
    alerts.push({ id: 'occupancy', kind: 'occupancy', severity: 'warning', value: snapshot.occupancy, limit: alertLimits.occupancy });
  }
  let adviserAlerts = 0;
  for (const a of snapshot.advisers) {
    if (adviserAlerts >= alertLimits.maxAdviserAlerts) break;
    const inState = snapshot.time - a.stateSince;
    const limit = a.state === 'hold' ? alertLimits.holdSeconds : a.state === 'wrapUp' ? alertLimits.wrapUpSeconds : Infinity;
    if (inState > limit) {
      const kind = a.state === 'hold' ? 'longHold' : 'longWrapUp';
      alerts.push({ id: `${kind}:${a.id}:${Math.floor(a.stateSince)}`, kind, severity: 'warning', adviserId: a.id, adviserName: a.name, value: inState, limit });
      adviserAlerts++;
    }
  }
  cache.set(snapshot, alerts);
  return alerts;
}
