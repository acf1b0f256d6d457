/**
 * Current alerts, yellow (warning) or red (alert), never by colour alone: each
 * names its level, says what triggered it and which lever (command) exists, and
 * links to the adviser (selects them, opens the card) or the queue (shows it).
 * Hovering an alert quotes its yellow and red thresholds.
 */
import { alertsOf } from '../store/alerts';
import { alertFocus } from '../store/uiStore';
import { palette } from '../theme/stateStyle';
import { alertText } from './alertText';
import { useConsole, useSim, useT, useUi } from '../app/context';
import { useExam } from '../app/exam';
import { Icon } from './StateIcon';

export function AlertsPanel() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const snapshot = useSim((s) => s.snapshot);
  const scenario = useSim((s) => s.scenario);
  const alerts = snapshot ? alertsOf(snapshot) : [];
  // In an exam an alert says what happened, never which lever to pull.
  const exam = useExam();
  return (
    <section className="panel alerts" aria-labelledby="alerts-title" aria-live="polite" data-testid="alerts">
      <h2 id="alerts-title">
        {t('alerts.title')} {alerts.length > 0 ? <span className="count-pill">{alerts.length}</span> : null}
      </h2>
      {alerts.length === 0 ? <p className="muted">{t('alerts.none')}</p> : null}
      <ul>
        {alerts.map((a) => {
          const text = alertText(a, t, lang, scenario);
          const focus = alertFocus(a);
          return (
            <li key={a.id} className={`alert alert-${a.severity}`} title={text.rule} data-testid="alert" data-kind={a.kind} data-severity={a.severity}>
              <Icon name="alert" colour={a.severity === 'alert' ? palette.alert : palette.raisedHand} size={14} />
              <div>
                <div>
                  <strong className="alert-level">{t(`alert.severity.${a.severity}`)}</strong> {text.what}
                </div>
                {exam ? null : <div className="muted">{text.lever}</div>}
                {focus ? (
                  <button type="button" className="link" onClick={() => ui.setState(focus)}>
                    {a.adviserId ? t('alert.goToAdviser', { name: a.adviserName ?? a.adviserId }) : t('alert.goToQueue')}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
