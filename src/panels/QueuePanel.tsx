/** The side wallboard: each queue's waiting contacts and longest wait, and the team's states (the legend). */
import type { AdviserSnapshot, AdviserStateName } from '../../sim/snapshot';
import { channelName } from '../i18n';
import { formatDuration, formatPercent } from '../i18n/format';
import { raisedHandOf } from '../store/hands';
import { legendOrder, palette, stateStyles } from '../theme/stateStyle';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { none, useConsole, useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';

export function countStates(advisers: readonly { state: AdviserStateName }[]): Record<AdviserStateName, number> {
  const counts = Object.fromEntries(legendOrder.map((s) => [s, 0])) as Record<AdviserStateName, number>;
  for (const a of advisers) counts[a.state]++;
  return counts;
}

/** How long a queue an alert pointed at stays highlighted (ms). */
const highlightMs = 4000;

/** Scrolls to the queue an alert pointed at, highlights it a moment, then clears the highlight. */
function useHighlight(): string | null {
  const { ui } = useConsole();
  const highlight = useUi((s) => s.highlightChannelId);
  useEffect(() => {
    if (!highlight) return;
    document.querySelector(`[data-queue-id="${CSS.escape(highlight)}"]`)?.scrollIntoView({ block: 'nearest' });
    const timer = setTimeout(() => ui.setState({ highlightChannelId: null }), highlightMs);
    return () => clearTimeout(timer);
  }, [highlight, ui]);
  return highlight;
}

function Queues() {
  const t = useT();
  const highlight = useHighlight();
  const lang = useUi((s) => s.lang);
  const channels = useSim((s) => s.snapshot?.channels ?? none);
  const names = useSim((s) => s.scenario?.channels ?? none);
  // Free advisers per channel, as numbers: the adviser list itself changes with nearly every snapshot.
  const free = useSim(useShallow((s) => (s.snapshot?.channels ?? none).map((c) => availableBySkill(s.snapshot?.advisers ?? none)[c.id] ?? 0)));
  return (
    <section className="panel queues" aria-labelledby="queues-title">
      <h2 id="queues-title">{t('queues.title')}</h2>
      {channels.map((c, i) => {
        const late = c.queueLength > 0 && c.longestWait > c.thresholdSeconds;
        return (
          <div key={c.id} className={highlight === c.id ? 'queue queue-highlight' : 'queue'} data-queue-id={c.id}>
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
              <strong>{free[i]}</strong>
            </div>
          </div>
        );
      })}
    </section>
  );
}

// Selectors run several times per store update (zustand and React each check them): derive once per adviser list.
const availableCache = new WeakMap<readonly AdviserSnapshot[], Readonly<Record<string, number>>>();
const legendCache = new WeakMap<readonly AdviserSnapshot[], readonly number[]>();

/** Available advisers per channel they have a skill for. */
function availableBySkill(advisers: readonly AdviserSnapshot[]): Readonly<Record<string, number>> {
  let free = availableCache.get(advisers);
  if (!free) {
    const counts: Record<string, number> = {};
    for (const a of advisers) {
      if (a.state !== 'available') continue;
      for (const [channel, p] of Object.entries(a.skills)) if (p > 0) counts[channel] = (counts[channel] ?? 0) + 1;
    }
    free = counts;
    availableCache.set(advisers, free);
  }
  return free;
}

/** The legend's figures: one count per state in `legendOrder`, then the raised hands. */
function legendCounts(advisers: readonly AdviserSnapshot[]): readonly number[] {
  let figures = legendCache.get(advisers);
  if (!figures) {
    const counts = countStates(advisers);
    let hands = 0;
    for (const a of advisers) if (raisedHandOf(a) !== null) hands++;
    figures = [...legendOrder.map((s) => counts[s]), hands];
    legendCache.set(advisers, figures);
  }
  return figures;
}

function Legend() {
  const t = useT();
  // Selected as plain numbers: the legend re-renders only when a count moves.
  const figures = useSim(useShallow((s) => legendCounts(s.snapshot?.advisers ?? none)));
  const hands = figures[legendOrder.length];
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {legendOrder.map((state, i) => {
          const s = stateStyles[state];
          return (
            <li key={state} className={figures[i] === 0 ? 'zero' : ''}>
              <span className="state-chip" style={{ background: s.colour }}>
                <Icon name={s.icon} colour={s.ink} size={12} />
              </span>
              <span className="legend-label">{t(`state.${state}`)}</span>
              <span className="legend-count">{figures[i]}</span>
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
