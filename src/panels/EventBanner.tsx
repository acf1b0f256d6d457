/** Scenario events in progress (incident, slowdown, campaign…), with when they end. */
import type { MessageKey } from '../i18n';
import { formatTimeOfDay } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { none, useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';

export function EventBanner() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const events = useSim((s) => s.snapshot?.activeEvents ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  return (
    <div className="event-banner" data-testid="active-events" aria-live="polite" role="status">
      {events.map((e) => (
        <span key={e.id} className="event-pill" data-event-type={e.type}>
          <Icon name="alert" colour={palette.alert} size={12} />
          <strong>{e.label ? e.label[lang] : t(`event.${e.type}` as MessageKey)}</strong>
          <span className="muted">
            {e.until === null ? t('events.ongoing') : t('events.until', { until: formatTimeOfDay(dayStart + e.until) })}
          </span>
        </span>
      ))}
    </div>
  );
}
