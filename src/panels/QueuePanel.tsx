/** The side wallboard: each queue's waiting contacts and longest wait, and the team's states (the legend). */
import type { AdviserStateName } from '../../sim/snapshot';
import { channelName } from '../i18n';
import { formatDuration, formatPercent } from '../i18n/format';
import { raisedHandOf } from '../store/hands';
import { legendOrder, palette, stateStyles } from '../theme/stateStyle';
import { none, useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';

export function countStates(advisers: readonly { state: AdviserStateName }[]): Record<AdviserStateName, number> {
  const counts = Object.fromEntries(legendOrder.map((s) => [s, 0])) as Record<AdviserStateName, number>;
  for (const a of advisers) counts[a.state]++;
  return counts;
}

function Queues() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const channels = useSim((s) => s.snapshot?.channels ?? none);
  const names = useSim((s) => s.scenario?.channels ?? none);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  return (
    <section className="panel queues" aria-labelledby="queues-title">
      <h2 id="queues-title">{t('queues.title')}</h2>
      {channels.map((c) => {
        const late = c.queueLength > 0 && c.longestWait > c.thresholdSeconds;
        const free = advisers.filter((a) => a.state === 'available' && (a.skills[c.id] ?? 0) > 0).length;
        return (
          <div key={c.id} className="queue">
            <div className="queue-name">
              {channelName(names.find((n) => n.id === c.id), lang, c.id)}
              <span className="muted"> · {t('queues.threshold', { threshold: c.thresholdSeconds })}</span>
            </div>
            <div className="queue-figures">
              <div>
                <div className="queue-big" data-testid={`queue-length-${c.id}`}>{c.queueLength}</div>
                <div className="muted">{t('queues.waiting')}</div>
              </div>
              <div className={late ? 'late' : ''}>
                <div className="queue-big">
                  {late ? <Icon name="alert" colour={palette.alert} size={16} /> : null}
                  {formatDuration(c.longestWait)}
                </div>
                <div className="muted">{t('queues.longestWait')}</div>
              </div>
            </div>
            <div className="queue-row">
              <span>{t('queues.intervalSl')}</span>
              <strong>{formatPercent(c.interval.serviceLevel, lang)}</strong>
            </div>
            <div className="queue-row">
              <span>{t('queues.available')}</span>
              <strong>{free}</strong>
            </div>
          </div>
        );
      })}
    </section>
  );
}

function Legend() {
  const t = useT();
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const counts = countStates(advisers);
  const hands = advisers.filter((a) => raisedHandOf(a) !== null).length;
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {legendOrder.map((state) => {
          const s = stateStyles[state];
          return (
            <li key={state} className={counts[state] === 0 ? 'zero' : ''}>
              <span className="state-chip" style={{ background: s.colour }}>
                <Icon name={s.icon} colour={s.ink} size={12} />
              </span>
              <span className="legend-label">{t(`state.${state}`)}</span>
              <span className="legend-count">{counts[state]}</span>
            </li>
          );
        })}
        <li className={hands === 0 ? 'zero' : ''}>
          <span className="state-chip" style={{ background: palette.raisedHand }}>
            <Icon name="raisedHand" colour="#1f2937" size={12} />
          </span>
          <span className="legend-label">{t('state.raisedHand')}</span>
          <span className="legend-count">{hands}</span>
        </li>
      </ul>
    </section>
  );
}

export function QueuePanel() {
  return (
    <>
      <Queues />
      <Legend />
    </>
  );
}
