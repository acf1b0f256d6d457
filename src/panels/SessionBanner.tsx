/**
 * Over the open space: the notice that a session was rebuilt by replay (after a
 * reload, a failure or a resume from the list) and at what time, the warning
 * that nothing can be saved in this browser, and when the session was last saved.
 */
import { formatClock } from '../i18n/format';
import { useConsole, useT } from '../app/context';
import { useSessions } from './useSessions';
import './sessions.css';

export function SessionBanner() {
  const t = useT();
  const { controller } = useConsole();
  const restored = useSessions((s) => s.restored);
  const persistent = useSessions((s) => s.persistent);
  const savedClock = useSessions((s) => s.savedClock);
  const failedSave = useSessions((s) => (s.message?.key === 'sessions.saveFailed' ? s.message : null));
  return (
    <>
      <div className="session-banner">
        {restored ? (
          <div className="session-note" role="status" data-testid="session-restored" data-clock={restored.clockSeconds} data-cause={restored.cause}>
            <span>{t(`sessions.restored.${restored.cause}`, { clock: formatClock(restored.clockSeconds) })}</span>
            <button type="button" className="btn ghost close" aria-label={t('sessions.dismiss')} onClick={() => controller.sessions.dismissRestored()}>
              ×
            </button>
          </div>
        ) : null}
        {persistent === false ? (
          <div className="session-note warn" role="alert" data-testid="sessions-unavailable">
            {t('sessions.unavailable')}
          </div>
        ) : null}
        {failedSave ? (
          <div className="session-note warn" role="alert">
            {t(failedSave.key, failedSave.params)}
          </div>
        ) : null}
      </div>
      {savedClock !== null ? (
        <div className="session-saved" data-testid="session-saved" data-clock={savedClock} title={t('sessions.saved.help')}>
          {t('sessions.saved', { clock: formatClock(savedClock) })}
        </div>
      ) : null}
    </>
  );
}
