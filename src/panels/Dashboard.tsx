/**
 * The dashboard: a modal dialog (button in the header, key D, Escape closes)
 * with, for one channel, the interval charts and table, the service-level
 * variants side by side, and the per-adviser table. Rendered only while open.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ChannelSnapshot } from '../../sim/snapshot';
import { channelName, type Lang, type Translate } from '../i18n';
import { formatDuration, formatNumber, formatPercent, formatTimeOfDay } from '../i18n/format';
import { intervalRows, serviceLevelVariants, type IntervalRow } from '../store/dashboard';
import { none, useConsole, useSim, useT, useUi } from '../app/context';
import { DashboardAdvisers } from './DashboardAdvisers';
import { DashboardCharts } from './DashboardCharts';
import './dashboard.css';

function IntervalTable({ rows, t, lang }: { rows: readonly IntervalRow[]; t: Translate; lang: Lang }) {
  const pct = (v: number | null) => formatPercent(v, lang);
  return (
    <div className="dash-scroll">
      <table className="dash-table" data-testid="dashboard-intervals">
        <thead>
          <tr>
            <th scope="col">{t('dash.col.interval')}</th>
            <th scope="col">{t('dash.col.offered')}</th>
            <th scope="col" title={t('dash.col.forecast.help')}>{t('dash.col.forecast')}</th>
            <th scope="col">{t('dash.col.answered')}</th>
            <th scope="col">{t('dash.col.abandoned')}</th>
            <th scope="col">{t('dash.col.abandonRate')}</th>
            <th scope="col" title={t('dash.variant.serviceLevel.help')}>{t('dash.col.serviceLevel')}</th>
            <th scope="col" title={t('kpi.asa.help')}>{t('dash.col.asa')}</th>
            <th scope="col" title={t('kpi.aht.help')}>{t('dash.col.aht')}</th>
            <th scope="col" title={t('dash.col.occupancy.help')}>{t('dash.col.occupancy')}</th>
            <th scope="col" title={t('dash.col.backlog.help')}>{t('dash.col.backlog')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.index} className={r.current ? 'current' : ''} data-interval={r.index}>
              <th scope="row">
                {formatTimeOfDay(r.clockSeconds)}
                {r.current ? <span className="muted"> · {t('dash.now')}</span> : null}
              </th>
              <td>{formatNumber(r.offered, lang)}</td>
              <td>
                {formatNumber(r.forecast, lang, 1)}
                {r.forecastGap !== null ? <span className="muted"> ({r.forecastGap >= 0 ? '+' : ''}{pct(r.forecastGap)})</span> : null}
              </td>
              <td>{formatNumber(r.answered, lang)}</td>
              <td>{formatNumber(r.abandoned, lang)}</td>
              <td>{pct(r.abandonRate)}</td>
              <td>{pct(r.serviceLevel)}</td>
              <td>{formatDuration(r.asa)}</td>
              <td>{formatDuration(r.aht)}</td>
              <td>{pct(r.occupancy)}</td>
              <td>{r.backlog === null ? '—' : formatNumber(r.backlog, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Variants({ channel, t, lang }: { channel: ChannelSnapshot; t: Translate; lang: Lang }) {
  return (
    <table className="dash-table dash-variants" data-testid="sl-variants">
      <thead>
        <tr>
          <th scope="col">{t('dash.variants.definition')}</th>
          <th scope="col">{t('dash.variants.today')}</th>
          <th scope="col">{t('dash.variants.interval')}</th>
        </tr>
      </thead>
      <tbody>
        {serviceLevelVariants(channel.today, channel.interval).map((v) => (
          <tr key={v.variant} title={t(`dash.variant.${v.variant}.help`)} data-variant={v.variant}>
            <th scope="row">
              <span className="has-help" tabIndex={0} aria-label={`${t(`dash.variant.${v.variant}`)}: ${t(`dash.variant.${v.variant}.help`)}`}>
                {t(`dash.variant.${v.variant}`)}
              </span>
            </th>
            <td>{formatPercent(v.today, lang)}</td>
            <td>{formatPercent(v.interval, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DashboardBody() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const names = useSim((s) => s.scenario?.channels ?? none);
  const channelId = useUi((s) => s.channelId) ?? names[0]?.id ?? '';
  const points = useSim((s) => s.snapshot?.intervals[channelId] ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const channel = useSim((s) => s.snapshot?.channels.find((c) => c.id === channelId));
  const intervalSeconds = useSim((s) => (s.scenario?.intervalMinutes ?? 30) * 60);
  const rows = useMemo(() => intervalRows(points, dayStart), [points, dayStart]);
  return (
    <>
      <label className="dash-channel">
        {t('dash.channel')}{' '}
        <select data-testid="dashboard-channel" value={channelId} onChange={(e) => ui.setState({ channelId: e.target.value })}>
          {names.map((c) => (
            <option key={c.id} value={c.id}>
              {channelName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      <section aria-labelledby="dash-intervals-title">
        <h3 id="dash-intervals-title">{t('dash.intervals.title')}</h3>
        <DashboardCharts rows={rows} intervalSeconds={intervalSeconds} />
        <IntervalTable rows={rows} t={t} lang={lang} />
      </section>
      {channel ? (
        <section aria-labelledby="dash-variants-title">
          <h3 id="dash-variants-title">{t('dash.variants.title')}</h3>
          <Variants channel={channel} t={t} lang={lang} />
        </section>
      ) : null}
      <DashboardAdvisers />
    </>
  );
}

export function Dashboard() {
  const t = useT();
  const { ui } = useConsole();
  const open = useUi((s) => s.dashboardOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dashboard" data-testid="dashboard" aria-labelledby="dash-title" onClose={() => ui.setState({ dashboardOpen: false })}>
      <header className="dash-header">
        <h2 id="dash-title">{t('dash.title')}</h2>
        <button type="button" className="btn ghost" data-testid="dashboard-close" onClick={() => ui.setState({ dashboardOpen: false })}>
          {t('dash.close')}
        </button>
      </header>
      {open ? <DashboardBody /> : null}
    </dialog>
  );
}
