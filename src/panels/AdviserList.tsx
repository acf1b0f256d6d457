/**
 * The adviser table: the accessible mirror of the open space. Rows are
 * focusable; Enter or a click opens the card. Large floors are windowed (only
 * the visible rows are in the DOM) so 500 advisers stay cheap.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { AdviserSnapshot } from '../../sim/snapshot';
import { formatDuration, formatPercent } from '../i18n/format';
import { channelName, type Lang } from '../i18n';
import type { ChannelSummary } from '../worker/protocol';
import { useConsole, none, useSim, useT, useUi } from './context';
import { StateBadge } from './StateBadge';

const rowHeight = 30;
const windowFrom = 60;

const Row = memo(function Row(props: { adviser: AdviserSnapshot; inState: string; selected: boolean; lang: Lang; channels: readonly ChannelSummary[]; onOpen: (id: string) => void; onFocus: (id: string) => void }) {
  const a = props.adviser;
  return (
    <tr
      tabIndex={0}
      data-adviser-id={a.id}
      aria-selected={props.selected}
      className={props.selected ? 'selected' : ''}
      onClick={() => props.onOpen(a.id)}
      onFocus={() => props.onFocus(a.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.stopPropagation();
          props.onOpen(a.id);
        }
      }}
    >
      <td>
        <span className="initials">{a.initials}</span> {a.name}
      </td>
      <td>
        <StateBadge state={a.state} />
      </td>
      <td className="num">{props.inState}</td>
      <td>
        {Object.entries(a.skills)
          .map(([k, p]) => `${channelName(props.channels.find((c) => c.id === k), props.lang, k)} ${formatPercent(p, props.lang, 0)}`)
          .join(', ')}
      </td>
      <td className="num">{a.handled}</td>
    </tr>
  );
});

export function AdviserList() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const selected = useUi((s) => s.selectedAdviserId);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const time = useSim((s) => s.snapshot?.time ?? 0);
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
              <th scope="col">{t('list.skills')}</th>
              <th scope="col" className="num">{t('list.handled')}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr aria-hidden="true" style={{ height: first * rowHeight }} /> : null}
            {advisers.slice(first, last).map((a) => (
              <Row key={a.id} adviser={a} inState={formatDuration(time - a.stateSince)} selected={a.id === selected} lang={lang} channels={channels} onOpen={open} onFocus={focus} />
            ))}
            {last < advisers.length ? <tr aria-hidden="true" style={{ height: (advisers.length - last) * rowHeight }} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
