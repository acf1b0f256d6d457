/** Shown when the worker reports a failure: a readable message and the ways out. */
import { formatClock } from '../i18n/format';
import { useConsole, useSim, useT } from '../app/context';

export function ErrorPanel() {
  const t = useT();
  const { controller } = useConsole();
  const failure = useSim((s) => s.failure);
  const scenario = useSim((s) => s.scenario);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  if (!failure) return null;
  const session = failure.kind !== 'scenario';
  return (
    <div className="overlay">
      <div className="error-panel" role="alertdialog" aria-labelledby="error-title" aria-describedby="error-message" data-testid="error-panel">
        <h2 id="error-title">{t('error.title')}</h2>
        <p>{t(failure.kind === 'scenario' ? 'error.scenario' : failure.kind === 'engine' ? 'error.engine' : 'error.worker')}</p>
        <pre id="error-message" data-testid="error-message">
          {failure.problems && failure.problems.length > 0
            ? failure.problems.map((p) => `${failure.file ?? ''}: ${p.path}: ${p.message}`).join('\n')
            : failure.message}
        </pre>
        {session && scenario ? <p className="muted">{t('error.restoreHelp')}</p> : null}
        <div className="error-actions">
          {session && scenario ? (
            <>
              <button type="button" className="btn primary" data-testid="error-restore" onClick={() => void controller.restore()}>
                {t('error.restore', { time: formatClock(dayStart + (failure.restorableTime ?? 0)) })}
              </button>
              <button type="button" className="btn" data-testid="error-restart" onClick={() => void controller.restart()}>
                {t('error.restart')}
              </button>
            </>
          ) : null}
          <button type="button" className="btn" data-testid="error-pick" onClick={() => controller.backToPicker()}>
            {t('error.pick')}
          </button>
        </div>
      </div>
    </div>
  );
}
