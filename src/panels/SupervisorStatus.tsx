/** The supervisor's own state in the top bar: free, or busy with someone until a given time. */
import { useSim, useT } from '../app/context';
import { supervisorText } from '../store/supervisorText';

export function SupervisorStatus() {
  const t = useT();
  const supervisor = useSim((s) => s.snapshot?.supervisor);
  // The sentence is the selected value (a string): a snapshot that changes other advisers does not re-render this.
  const text = useSim((s) => (s.snapshot?.supervisor ? supervisorText(s.snapshot.supervisor, s.snapshot.advisers, s.snapshot.clockSeconds - s.snapshot.time, t) : ''));
  if (!supervisor) return null;
  const busy = supervisor.state !== 'available';
  return (
    <div className={`supervisor${busy ? ' busy' : ''}`} data-testid="supervisor-state" data-state={supervisor.state} title={`${text}. ${t('supervisor.help')}`} aria-live="polite">
      <span className="supervisor-dot" aria-hidden="true" />
      <span className="supervisor-label">{t('supervisor.you')}</span>
      <span className="supervisor-text">{text}</span>
    </div>
  );
}
