/** Current alerts: what triggered each one and which lever the supervisor has. */
import { alertsOf } from '../store/alerts';
import { palette } from '../theme/stateStyle';
import { alertText } from './alertText';
import { useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';

export function AlertsPanel() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const snapshot = useSim((s) => s.snapshot);
  const scenario = useSim((s) => s.scenario);
  const alerts = snapshot ? alertsOf(snapshot) : [];
  return (
    <section className="panel alerts" aria-labelledby="alerts-title" aria-live="polite">
      <h2 id="alerts-title">
        {t('alerts.title')} {alerts.length > 0 ? <span className="count-pill">{alerts.length}</span> : null}
      </h2>
      {alerts.length === 0 ? <p className="muted">{t('alerts.none')}</p> : null}
      <ul>
        {alerts.map((a) => {
          const text = alertText(a, t, lang, scenario);
          return (
            <li key={a.id} className={`alert alert-${a.severity}`}>
              <Icon name="alert" colour={a.severity === 'alert' ? palette.alert : palette.raisedHand} size={14} />
              <div>
                <div>{text.what}</div>
                <div className="muted">{text.lever}</div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
