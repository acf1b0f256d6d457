/**
 * Alerts about one adviser: a raised hand, a break due or overdue, too long on
 * hold, in wrap-up, away (coaching, training, offline task) or on a break past
 * its length. Pure; at most `alertMinimums.adviserAlerts`, the red ones first.
 */
import type { AdviserSnapshot, Snapshot } from '../../sim/snapshot';
import { alertLimits, alertMinimums, grade, gradeBelow, type Alert, type AlertKind } from './alertLimits';
import { raisedHandOf } from './hands';
import { breakStatus } from './schedule';

/** The command that put the adviser in an away state (to give fewer minutes next time). */
const awayLever: Partial<Record<string, string>> = { coaching: 'coach', training: 'sendToTraining', offlineTask: 'assignOfflineTask' };

function one(a: AdviserSnapshot, kind: AlertKind, key: string, severity: Alert['severity'] | null, value: number, lever: string): Alert | null {
  if (!severity) return null;
  const limit = alertLimits[kind][severity];
  return { id: `${kind}:${a.id}:${key}`, kind, severity, adviserId: a.id, adviserName: a.name, value, limit, lever };
}

/** Every alert about one adviser at `now`. */
export function alertsForAdviser(a: AdviserSnapshot, now: number): Alert[] {
  const found: (Alert | null)[] = [];
  const hand = raisedHandOf(a);
  if (hand) found.push(one(a, 'raisedHand', String(hand.contactId), gradeBelow(hand.deadline - now, { warning: Infinity, alert: alertLimits.raisedHand.alert }), Math.max(0, hand.deadline - now), 'whisper'));
  const inState = now - a.stateSince;
  const since = String(Math.floor(a.stateSince));
  if (a.state === 'hold') found.push(one(a, 'longHold', since, grade(inState, alertLimits.longHold), inState, 'whisper'));
  if (a.state === 'wrapUp') found.push(one(a, 'longWrapUp', since, grade(inState, alertLimits.longWrapUp), inState, 'coach'));
  const lever = awayLever[a.state];
  if (lever) found.push(one(a, 'longAway', since, grade(inState, alertLimits.longAway), inState, lever));
  // An adviser who is not at work (absent, logged out at the end of the shift) has no break to take.
  const atWork = a.state !== 'absent' && a.state !== 'offline';
  for (const b of atWork ? (a.schedule?.breaks ?? []) : []) {
    const status = breakStatus(b, now);
    if (status === 'due') found.push(one(a, 'breakDue', String(b.at), grade(now - b.at, alertLimits.breakDue), now - b.at, 'sendToBreak'));
    if (status === 'onBreak' && b.startedAt !== null && a.state === 'break') {
      const over = now - b.startedAt - b.minutes * 60;
      found.push(one(a, 'breakOverrun', String(b.at), grade(over, alertLimits.breakOverrun), over, 'recordLateness'));
    }
  }
  return found.filter((x): x is Alert => x !== null);
}

export function adviserAlerts(snapshot: Pick<Snapshot, 'advisers' | 'time'>): Alert[] {
  const all = snapshot.advisers.flatMap((a) => alertsForAdviser(a, snapshot.time));
  // Stable sort: red first, then the floor's order.
  const red = all.filter((x) => x.severity === 'alert');
  const yellow = all.filter((x) => x.severity === 'warning');
  return [...red, ...yellow].slice(0, alertMinimums.adviserAlerts);
}
