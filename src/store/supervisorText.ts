/** What the supervisor is doing, as a sentence: "Coaching Hugo Dubois until 10:35". */
import type { AdviserSnapshot, Snapshot, SupervisorSnapshot } from '../../sim/snapshot';
import type { Translate } from '../i18n';
import { formatTimeOfDay } from '../i18n/format';
import type { Availability } from './actionRules';

export function supervisorText(s: SupervisorSnapshot, advisers: readonly AdviserSnapshot[], dayStart: number, t: Translate): string {
  if (s.state === 'available') return t('supervisor.available');
  const name = s.adviserId === null ? '' : (advisers.find((a) => a.id === s.adviserId)?.name ?? s.adviserId);
  const what = t(`supervisor.${s.state}`, { name });
  return s.until === null ? what : t('supervisor.until', { what, until: formatTimeOfDay(dayStart + s.until) });
}

/** Why an action is not offered, in words (for its tooltip and the notice a click on it gives). */
export function whyText(verdict: Availability, snapshot: Pick<Snapshot, 'supervisor' | 'advisers' | 'time' | 'clockSeconds'> | null, t: Translate, adviser?: AdviserSnapshot): string {
  if (verdict.ok) return '';
  if (verdict.why === 'supervisorBusy' && snapshot) {
    return t('why.supervisorBusy', { doing: supervisorText(snapshot.supervisor, snapshot.advisers, snapshot.clockSeconds - snapshot.time, t) });
  }
  if (verdict.why === 'pending' && adviser?.pending) return t('why.pending', { what: pendingText(adviser.pending, t) });
  if (verdict.why === 'away' && adviser) return t('why.away', { state: t(`state.${adviser.state}`) });
  return t(`why.${verdict.why}`);
}

const pendingKeys = { break: 'state.break', coaching: 'state.coaching', training: 'state.training', offlineTask: 'state.offlineTask', logOut: 'action.logOut' } as const;

/** A planned activity ("break", "logOut"…) in words. */
export function pendingText(pending: string, t: Translate): string {
  const key = pendingKeys[pending as keyof typeof pendingKeys];
  return key ? t(key) : pending;
}
