/**
 * KPI tiles along the top: service level against target, ASA, abandon rate,
 * occupancy, AHT, offered, CSAT. Hovering a tile gives its definition and formula.
 * Each tile carries its raw value in `data-value` for tests and tools.
 */
import type { ReactNode } from 'react';
import type { ChannelSnapshot } from '../../sim/snapshot';
import { channelName } from '../i18n';
import { formatDuration, formatNumber, formatPercent, formatScoreOutOf5 } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { useConsole, none, useSim, useT, useUi } from '../app/context';
import { Icon } from './StateIcon';

type Status = 'ok' | 'warn' | 'bad' | 'none';

function Tile(props: { id: string; label: string; help: string; value: string; raw: number | null; sub?: ReactNode; status?: Status }) {
  const status = props.status ?? 'none';
  return (
    <div className={`kpi kpi-${status}`} data-testid={props.id} data-value={props.raw ?? ''} title={props.help} tabIndex={0} aria-label={`${props.label}: ${props.value}. ${props.help}`}>
      <div className="kpi-label">
        {props.label}
        <span className="kpi-info" aria-hidden="true">i</span>
      </div>
      <div className="kpi-value">{props.value}</div>
      <div className="kpi-sub">{props.sub}</div>
    </div>
  );
}

/** Service-level status: on target, within 10 points below, or further below. */
export function serviceLevelStatus(sl: number | null, target: number): Status {
  if (sl === null) return 'none';
  if (sl >= target) return 'ok';
  return sl >= target - 0.1 ? 'warn' : 'bad';
}

function useChannel(): ChannelSnapshot | undefined {
  const channelId = useUi((s) => s.channelId);
  return useSim((s) => s.snapshot?.channels.find((c) => c.id === channelId) ?? s.snapshot?.channels[0]);
}

export function KpiBoard() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const c = useChannel();
  const occupancy = useSim((s) => s.snapshot?.occupancy ?? null);
  const channels = useSim((s) => s.scenario?.channels ?? none);
  if (!c) return <section className="kpis" />;
  const k = c.today;
  const sl = serviceLevelStatus(k.serviceLevel, c.target);
  const target = formatPercent(c.target, lang, 0);
  return (
    <section className="kpis" aria-label="KPI">
      {channels.length > 1 ? (
        <label className="kpi-channel">
          {t('kpi.channel')}
          <select value={c.id} onChange={(e) => ui.setState({ channelId: e.target.value })}>
            {channels.map((ch) => (
              <option key={ch.id} value={ch.id}>
                {channelName(ch, lang)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Tile
        id="kpi-service-level"
        label={t('kpi.serviceLevel')}
        help={t('kpi.serviceLevel.help', { threshold: c.thresholdSeconds, target })}
        value={formatPercent(k.serviceLevel, lang)}
        raw={k.serviceLevel}
        status={sl}
        sub={
          <>
            {sl === 'ok' ? <Icon name="available" colour={palette.available} size={12} /> : sl !== 'none' ? <Icon name="alert" colour={sl === 'bad' ? palette.alert : palette.raisedHand} size={12} /> : null}
            {sl === 'none' ? t('kpi.target', { target }) : `${t(sl === 'ok' ? 'kpi.onTarget' : 'kpi.belowTarget')} · ${t('kpi.target', { target })}`}
          </>
        }
      />
      <Tile id="kpi-asa" label={t('kpi.asa')} help={t('kpi.asa.help')} value={formatDuration(k.asa)} raw={k.asa} sub={`≤ ${c.thresholdSeconds} s`} />
      <Tile
        id="kpi-abandon-rate"
        label={t('kpi.abandonRate')}
        help={t('kpi.abandonRate.help')}
        value={formatPercent(k.abandonRate, lang)}
        raw={k.abandonRate}
        status={k.abandonRate === null ? 'none' : k.abandonRate > 0.05 ? 'warn' : 'ok'}
        sub={`${formatNumber(k.abandoned, lang)} / ${formatNumber(k.offered, lang)}`}
      />
      <Tile
        id="kpi-occupancy"
        label={t('kpi.occupancy')}
        help={t('kpi.occupancy.help')}
        value={formatPercent(occupancy, lang)}
        raw={occupancy}
        status={occupancy === null ? 'none' : occupancy > 0.9 ? 'warn' : 'ok'}
      />
      <Tile id="kpi-aht" label={t('kpi.aht')} help={t('kpi.aht.help')} value={formatDuration(k.aht)} raw={k.aht} />
      <Tile
        id="kpi-offered"
        label={t('kpi.offered')}
        help={t('kpi.offered.help')}
        value={formatNumber(k.offered, lang)}
        raw={k.offered}
        sub={t('kpi.answeredAbandoned', { answered: formatNumber(k.answered, lang), abandoned: formatNumber(k.abandoned, lang) })}
      />
      <Tile
        id="kpi-csat"
        label={t('kpi.csat')}
        help={t('kpi.csat.help', { responses: formatNumber(k.csatResponses, lang) })}
        value={formatScoreOutOf5(k.csat, lang)}
        raw={k.csat}
        sub={t('kpi.csatResponses', { responses: formatNumber(k.csatResponses, lang) })}
      />
    </section>
  );
}
