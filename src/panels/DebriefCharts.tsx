/**
 * The debrief's timelines (uPlot): service level, abandons, ASA and occupancy
 * by interval for one channel, your shift as a solid line and the ghost run
 * (same customers, no command) dashed beside it; your applied actions are
 * vertical marks.
 */
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ReportResult } from '../../sim/report/index';
import { channelName, type MessageKey } from '../i18n';
import { formatClock } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { debriefMetrics as metrics, timelineData, type DebriefMetric as Metric, type TimelineData } from '../store/debrief';
import { useT, useUi } from '../app/context';

function Timeline({ metric, data, from, to }: { metric: Metric; data: TimelineData; from: number; to: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const pct = metric === 'serviceLevel' || metric === 'occupancy';
    const marks = data.marks;
    const opts: uPlot.Options = {
      width: Math.max(220, el.clientWidth),
      height: 140,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [from, to] }, y: { range: pct ? [0, 100] : (_u, _min, max) => [0, Math.max(5, (max ?? 0) * 1.15)] } },
      axes: [
        { values: (_u, ticks) => ticks.map((v) => formatClock(v).slice(0, 5)), incrs: [900, 1800, 3600, 7200, 10800, 14400], stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 24 },
        { stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 50, ...(pct ? { values: (_u: uPlot, ticks: number[]) => ticks.map((v) => `${v}%`) } : {}) },
      ],
      series: [
        {},
        { label: t('debrief.yours'), stroke: palette.handling, width: 2, points: { size: 4 } },
        { label: t('debrief.ghost'), stroke: '#6b7280', width: 1.5, dash: [5, 4], points: { show: false }, show: data.ghost !== null },
      ],
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = palette.alert;
            ctx.globalAlpha = 0.55;
            ctx.lineWidth = 1;
            for (const m of marks) {
              const x = Math.round(u.valToPos(m, 'x', true)) + 0.5;
              if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            ctx.restore();
          },
        ],
      },
    };
    const ghost = data.ghost?.[metric] ?? data.xs.map(() => null);
    const u = new uPlot(opts, [data.xs, data.yours[metric], ghost], el);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(220, el.clientWidth), height: 140 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [metric, data, from, to, lang, t]);
  const title = t(`debrief.chart.${metric}` as MessageKey);
  return (
    <figure className="debrief-chart" data-testid="debrief-chart" data-metric={metric} data-marks={data.marks.length}>
      <figcaption>{title}</figcaption>
      <div ref={host} role="img" aria-label={title} />
    </figure>
  );
}

export function DebriefCharts({ result, channels, dayStart, dayEnd, intervalSeconds }: {
  result: ReportResult;
  channels: readonly { id: string; name?: { fr?: string; en?: string } }[];
  dayStart: number;
  dayEnd: number;
  intervalSeconds: number;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [channelId, setChannelId] = useState(channels[0]?.id ?? '');
  const [data, setData] = useState<TimelineData | null>(null);
  useEffect(() => setData(timelineData(result, channelId, dayStart, intervalSeconds)), [result, channelId, dayStart, intervalSeconds]);
  const to = Math.max(dayEnd, (data?.xs.at(-1) ?? dayEnd) + intervalSeconds / 2);
  return (
    <section className="debrief-section" aria-labelledby="debrief-charts-title">
      <h3 id="debrief-charts-title">
        {t('debrief.timelines')}
        {channels.length > 1 ? (
          <select aria-label={t('kpi.channel')} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {channelName(c, lang)}
              </option>
            ))}
          </select>
        ) : null}
      </h3>
      <p className="muted">{t('debrief.timelines.help')}</p>
      <div className="debrief-charts">{data ? metrics.map((m) => <Timeline key={m} metric={m} data={data} from={dayStart} to={to} />) : null}</div>
    </section>
  );
}
