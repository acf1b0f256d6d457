/**
 * The adviser table: the accessible mirror of the open space. Rows are
 * focusable; Enter or a click opens the card; the "⋯" button, the context-menu
 * key or Shift+F10 opens the actions menu. Large floors are windowed (only the
 * visible rows are in the DOM) so 500 advisers stay cheap.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AdviserSnapshot } from '../../sim/snapshot';
import { formatDuration, formatPercent, formatTimeOfDay } from '../i18n/format';
import { channelName, type Lang } from '../i18n';
import type { ChannelSummary } from '../worker/protocol';
import { raisedHandOf } from '../store/hands';
import { nextPlannedBreak } from '../store/schedule';
import { palette } from '../theme/stateStyle';
import { useConsole, none, useSim, useT, useUi } from '../app/context';
import { StateBadge } from './StateBadge';
import { Icon } from './StateIcon';
import { skillMime, useGiveSkill } from '../app/useActions';

const rowHeight = 30;
const windowFrom = 60;

interface RowProps {
  adviser: AdviserSnapshot;
  inState: string;
  selected: boolean;
  lang: Lang;
  /** Seconds since midnight at simulated time 0 (for times of day). */
  dayStart: number;
  channels: readonly ChannelSummary[];
  labels: { hand: string; vip: string; menu: string };
  onOpen: (id: string) => void;
  onFocus: (id: string) => void;
  onMenu: (id: string, anchor: HTMLElement) => void;
  onSkill: (id: string, channelId: string) => void;
}

/** The row's cells before and after the time in state: they change only with the adviser record (or the language). */
function useCells(a: AdviserSnapshot, lang: Lang, dayStart: number, channels: readonly ChannelSummary[], labels: RowProps['labels'], onMenu: RowProps['onMenu']) {
  return useMemo(() => {
    const nextBreakAt = nextPlannedBreak(a.schedule)?.at ?? null;
    const hand = raisedHandOf(a);
    const skills = Object.entries(a.skills)
      .map(([k, p]) => `${channelName(channels.find((c) => c.id === k), lang, k)} ${formatPercent(p, lang, 0)}`)
      .join(', ');
    const head = (
      <>
        <td>
          <span className="initials">{a.initials}</span> {a.name}
        </td>
        <td>
          <StateBadge state={a.state} />
          {hand ? (
            <span className={`row-hand${hand.vip ? ' vip' : ''}`} title={hand.vip ? labels.vip : labels.hand}>
              <Icon name="raisedHand" colour={hand.vip ? palette.alert : '#8a6d1d'} size={13} title={hand.vip ? labels.vip : labels.hand} />
            </span>
          ) : null}
        </td>
      </>
    );
    const tail = (
      <>
        <td className="num">{a.concurrent > 0 ? a.concurrent : ''}</td>
        <td className="skills-cell" title={skills}>
          {skills}
        </td>
        <td className="num">{a.handled}</td>
        <td className="num">{nextBreakAt !== null ? formatTimeOfDay(dayStart + nextBreakAt) : '—'}</td>
        <td className="row-menu">
          <button
            type="button"
            className="btn ghost menu-btn"
            aria-haspopup="menu"
            aria-label={`${labels.menu} · ${a.name}`}
            data-testid={`row-menu-${a.id}`}
            onClick={(e) => {
              e.stopPropagation();
              onMenu(a.id, e.currentTarget);
            }}
          >
            ⋯
          </button>
        </td>
      </>
    );
    return { head, tail };
  }, [a, lang, dayStart, channels, labels, onMenu]);
}

const Row = memo(function Row(props: RowProps) {
  const a = props.adviser;
  // The clock moves every visible row's time in state with each snapshot; the other cells are reused as they are.
  const { head, tail } = useCells(a, props.lang, props.dayStart, props.channels, props.labels, props.onMenu);
  return (
    <tr
      tabIndex={0}
      data-adviser-id={a.id}
      aria-selected={props.selected}
      className={props.selected ? 'selected' : ''}
      onClick={() => props.onOpen(a.id)}
      onFocus={() => props.onFocus(a.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          e.stopPropagation();
          props.onOpen(a.id);
        } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          e.stopPropagation();
          props.onMenu(a.id, e.currentTarget);
        }
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        props.onMenu(a.id, e.currentTarget);
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(skillMime)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(e) => {
        const channelId = e.dataTransfer.getData(skillMime);
        if (!channelId) return;
        e.preventDefault();
        props.onSkill(a.id, channelId);
      }}
    >
      {head}
      <td className="num">{props.inState}</td>
      {tail}
    </tr>
  );
});

export function AdviserList() {
  const t = useT();
  const { sim, ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const selected = useUi((s) => s.selectedAdviserId);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const time = useSim((s) => s.snapshot?.time ?? 0);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 400 });
  const windowed = advisers.length > windowFrom;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    measure();
    return () => ro.disconnect();
  }, []);

  // Keep the selected row in view when the keyboard moves the selection.
  const latest = useRef(advisers);
  latest.current = advisers;
  useEffect(() => {
    const el = scroller.current;
    const i = latest.current.findIndex((a) => a.id === selected);
    if (!el || i < 0) return;
    const top = i * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + 2 * rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + 2 * rowHeight - el.clientHeight;
  }, [selected]);

  const first = windowed ? Math.max(0, Math.floor(view.top / rowHeight) - 5) : 0;
  const last = windowed ? Math.min(advisers.length, Math.ceil((view.top + view.height) / rowHeight) + 5) : advisers.length;
  const open = useCallback((id: string) => ui.setState({ selectedAdviserId: id, cardOpen: true }), [ui]);
  const focus = useCallback((id: string) => ui.setState({ selectedAdviserId: id }), [ui]);
  const menu = useCallback((id: string, anchor: HTMLElement) => {
    const r = anchor.getBoundingClientRect();
    ui.setState({ selectedAdviserId: id, menu: { adviserId: id, x: r.right - 8, y: r.top + r.height / 2 } });
  }, [ui]);
  const give = useGiveSkill();
  const skill = useCallback((id: string, channelId: string) => {
    const adviser = sim.getState().snapshot?.advisers.find((a) => a.id === id);
    if (adviser) give(adviser, channelId);
  }, [sim, give]);
  const labels = useMemo(() => ({ hand: t('state.raisedHand'), vip: t('hands.vipRaised'), menu: t('list.actions') }), [t]);

  return (
    <section className="panel list" aria-labelledby="list-title">
      <h2 id="list-title">
        {t('list.title')} <span className="count-pill">{advisers.length}</span>
      </h2>
      <div className="list-scroll" ref={scroller} onScroll={(e) => {
          const top = e.currentTarget.scrollTop;
          setView((v) => ({ ...v, top }));
        }}>
        <table data-testid="adviser-list">
          <caption className="sr-only">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.state')}</th>
              <th scope="col" className="num">{t('list.inState')}</th>
              <th scope="col" className="num" title={t('list.concurrent.help')}>{t('list.concurrent')}</th>
              <th scope="col">{t('list.skills')}</th>
              <th scope="col" className="num">{t('list.handled')}</th>
              <th scope="col" className="num" title={t('list.nextBreak.help')}>{t('list.nextBreak')}</th>
              <th scope="col"><span className="sr-only">{t('list.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr aria-hidden="true" style={{ height: first * rowHeight }} /> : null}
            {advisers.slice(first, last).map((a) => (
              <Row key={a.id} adviser={a} inState={formatDuration(time - a.stateSince)} selected={a.id === selected} lang={lang} dayStart={dayStart} channels={channels} labels={labels} onOpen={open} onFocus={focus} onMenu={menu} onSkill={skill} />
            ))}
            {last < advisers.length ? <tr aria-hidden="true" style={{ height: (advisers.length - last) * rowHeight }} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
