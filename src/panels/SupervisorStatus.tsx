/** The supervisor's own state in the top bar: free, or busy with someone until a given time. */
import { none, useSim, useT } from '../app/context';
import { supervisorText } from '../store/supervisorText';

export function SupervisorStatus() {
  const t = useT();
  const supervisor = useSim((s) => s.snapshot?.supervisor);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  if (!supervisor) return null;
  const busy = supervisor.state !== 'available';
  const text = supervisorText(supervisor, advisers, dayStart, t);
  return (
    <div className={`supervisor${busy ? ' busy' : ''}`} data-testid="supervisor-state" data-state={supervisor.state} title={`${text}. ${t('supervisor.help')}`} aria-live="polite">
      <span className="supervisor-dot" aria-hidden="true" />
      <span className="supervisor-label">{t('supervisor.you')}</span>
      <span className="supervisor-text">{text}</span>
    </div>
  );
}
