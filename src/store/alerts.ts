/**
 * Alerts derived from a snapshot, each yellow (warning) or red (alert) against the
 * thresholds of `alertLimits`. Each says what triggered it (i18n `alert.<kind>.what`),
 * links to the queue or the adviser it is about, and names the lever: a command the
 * supervisor can give (`lever`, a command type). Pure.
 */
import type { ChannelSnapshot, Snapshot } from '../../sim/snapshot';
import { adviserAlerts } from './adviserAlerts';
import { alertLimits, alertMinimums, grade, gradeBelow, type Alert } from './alertLimits';

export { alertLimits, alertMinimums, type Alert, type AlertKind, type Severity } from './alertLimits';

const realTime = new Set(['voice', 'chat', 'messaging']);

function channelAlerts(c: ChannelSnapshot, snapshot: Snapshot, alerts: Alert[]): void {
  const base = { channelId: c.id };
  const overflowClosed = snapshot.overflow?.some((g) => !g.open) ?? false;
  const spareLever = overflowClosed && c.kind === 'voice' ? 'openOverflow' : 'moveToChannel';
  const i = c.interval;
  const counted = i.answered + i.abandoned - i.shortAbandoned;
  if (i.serviceLevel !== null && counted >= alertMinimums.serviceLevelContacts && i.serviceLevel < c.target - alertLimits.serviceLevel.warning) {
    const severity = i.serviceLevel < c.target - alertLimits.serviceLevel.alert ? 'alert' : 'warning';
    alerts.push({ ...base, id: `sl:${c.id}`, kind: 'serviceLevel', severity, value: i.serviceLevel, limit: c.target, lever: spareLever });
  }
  if (realTime.has(c.kind) && c.queueLength > 0) {
    const t = Math.max(c.thresholdSeconds, 1);
    const severity = grade(c.longestWait / t, alertLimits.longestWait);
    if (severity) {
      const limit = t * alertLimits.longestWait[severity];
      const lever = c.kind === 'voice' && !c.settings?.callbackOn ? 'setCallbackOffer' : spareLever;
      alerts.push({ ...base, id: `wait:${c.id}`, kind: 'longestWait', severity, value: c.longestWait, limit, lever });
    }
  }
  const ab = c.today.abandonRate;
  if (ab !== null && c.today.offered >= alertMinimums.abandonsOffered) {
    const severity = grade(ab, alertLimits.abandons);
    if (severity && ab > 0) {
      const lever = c.kind !== 'voice' ? 'moveToChannel' : c.settings?.callbackOn ? 'setIvrMessage' : 'setCallbackOffer';
      alerts.push({ ...base, id: `abandons:${c.id}`, kind: 'abandons', severity, value: ab, limit: alertLimits.abandons[severity], lever });
    }
  }
  const dueIn = c.oldestDueIn ?? null;
  if (dueIn !== null) {
    const severity = (c.overdue ?? 0) > 0 ? 'alert' : gradeBelow(dueIn, alertLimits.emailDue);
    if (severity) {
      alerts.push({ ...base, id: `due:${c.id}`, kind: 'emailDue', severity, value: dueIn, limit: alertLimits.emailDue[severity], lever: 'setQueuePriority', count: c.overdue ?? 0 });
    }
  }
  const closesIn = c.callingWindowClosesIn ?? null;
  if (closesIn !== null) {
    const severity = gradeBelow(closesIn, alertLimits.outboundWindow);
    if (severity) {
      alerts.push({ ...base, id: `window:${c.id}`, kind: 'outboundWindow', severity, value: closesIn, limit: alertLimits.outboundWindow[severity], lever: 'moveToChannel' });
    }
  }
}

const cache = new WeakMap<Snapshot, readonly Alert[]>();

/** The snapshot's alerts: queues first, then the team, then advisers (red first). */
export function alertsOf(snapshot: Snapshot): readonly Alert[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const alerts: Alert[] = [];
  for (const c of snapshot.channels) channelAlerts(c, snapshot, alerts);
  if (snapshot.occupancy !== null && snapshot.time > alertMinimums.occupancyAfter) {
    const severity = grade(snapshot.occupancy, alertLimits.occupancy);
    if (severity) alerts.push({ id: 'occupancy', kind: 'occupancy', severity, value: snapshot.occupancy, limit: alertLimits.occupancy[severity], lever: 'callInAdviser' });
  }
  alerts.push(...adviserAlerts(snapshot));
  cache.set(snapshot, alerts);
  return alerts;
}
