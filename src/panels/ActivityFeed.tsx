/** The activity feed: the supervisor's actions (applied or refused, and why) and alerts as raised. */
import { formatClock } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { alertText } from './alertText';
import { none, useSim, useT, useUi } from './context';
import { Icon } from './StateIcon';
import type { MessageKey } from '../i18n';

export function ActivityFeed() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const feed = useSim((s) => s.feed);
  const scenario = useSim((s) => s.scenario);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const items = [...feed].reverse();
  return (
    <section className="panel feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('feed.title')}</h2>
      {items.length === 0 ? <p className="muted">{t('feed.empty')}</p> : null}
      <ol>
        {items.map((item) => (
          <li key={item.key} className={`feed-${item.kind}`}>
            <time>{formatClock(item.clockSeconds).slice(0, 5)}</time>
            {item.kind === 'alert' ? (
              <span>
                <Icon name="alert" colour={item.alert.severity === 'alert' ? palette.alert : palette.raisedHand} size={12} /> {alertText(item.alert, t, lang, scenario).what}
              </span>
            ) : (
              <span>
                <strong>{t(`action.${item.type}` as MessageKey)}</strong>
                {item.adviserId ? ` · ${advisers.find((a) => a.id === item.adviserId)?.name ?? item.adviserId}` : ''} ·{' '}
                <span className={item.status === 'rejected' ? 'rejected' : 'applied'}>{t(item.status === 'applied' ? 'feed.applied' : 'feed.rejected')}</span>
                {item.reason ? <span className="muted"> ({item.reason})</span> : null}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
