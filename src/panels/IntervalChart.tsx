/**
 * Per-interval chart (uPlot): offered volume as bars against the forecast line,
 * and the interval's service level against its target on a 0–100 % axis.
 * Redrawn only when the channel's interval points change, and then at most
 * `redrawEveryMs` apart.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { IntervalPoint } from '../../sim/snapshot';
import { formatClock } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { useConsole, useSim, useT, useUi } from '../app/context';

/**
 * Columns for uPlot, one row per interval of the whole day (each at the middle
 * of its interval): offered and SL so far, the forecast for the whole day.
 */
export function chartData(points: readonly IntervalPoint[], forecast: readonly number[], dayStart: number, target: number, intervalSeconds: number): uPlot.AlignedData {
  const n = Math.max(points.length, forecast.length);
  const rows = Array.from({ length: n }, (_, i) => i);
  return [
    rows.map((i) => dayStart + i * intervalSeconds + intervalSeconds / 2),
    rows.map((i) => points[i]?.offered ?? null),
    rows.map((i) => (forecast[i] ?? points[i]?.forecast ?? null)),
    rows.map((i) => (points[i]?.serviceLevel == null ? null : points[i].serviceLevel! * 100)),
    rows.map(() => target * 100),
  ];
}

/** "HH:MM[:SS]" → seconds since midnight. */
function clockSeconds(clock: string): number {
  const [h, m, sec = '0'] = clock.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(sec);
}

const legendHeight = 30;

/**
 * At high speed the current interval's point changes with every snapshot (15 a
 * second); a redraw costs a few milliseconds of axes and text, and a chart
 * redrawn four times a second reads the same. The last change is always drawn.
 */
const redrawEveryMs = 250;

export function IntervalChart() {
  const t = useT();
  const { sim } = useConsole();
  const lang = useUi((s) => s.lang);
  const channelId = useUi((s) => s.channelId) ?? sim.getState().scenario?.channels[0]?.id ?? '';
  const points = useSim((s) => s.snapshot?.intervals[channelId]);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const lastDraw = useRef(0);
  const due = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dataNow = () => {
    const s = sim.getState();
    const channel = s.scenario?.channels.find((c) => c.id === channelId);
    const dayStart = s.scenario ? clockSeconds(s.scenario.clock.start) : 0;
    const points = s.snapshot?.intervals[channelId] ?? [];
    return chartData(points, channel?.forecastByInterval ?? [], dayStart, channel?.target ?? 0.8, (s.scenario?.intervalMinutes ?? 30) * 60);
  };

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const clock = sim.getState().scenario?.clock;
    const dayRange: [number, number] | undefined = clock ? [clockSeconds(clock.start), clockSeconds(clock.end)] : undefined;
    const size = () => ({ width: Math.max(200, el.clientWidth), height: Math.max(100, el.clientHeight - legendHeight) });
    const opts: uPlot.Options = {
      ...size(),
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, ...(dayRange ? { range: dayRange } : {}) }, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] }, pct: { range: [0, 100] } },
      axes: [
        { values: (_u, ticks) => ticks.map((v) => formatClock(v).slice(0, 5)), stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 28 },
        { stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 48 },
        { scale: 'pct', side: 1, stroke: '#6b7280', grid: { show: false }, values: (_u, ticks) => ticks.map((v) => `${v}%`), size: 48 },
      ],
      series: [
        {},
        { label: t('chart.offered'), stroke: '#8fa3bf', fill: 'rgba(143,163,191,0.45)', paths: bars, points: { show: false } },
        { label: t('chart.forecast'), stroke: '#374151', width: 1.5, dash: [5, 4], points: { show: false }, spanGaps: true },
        { label: t('chart.serviceLevel'), scale: 'pct', stroke: palette.handling, width: 2, points: { size: 5 } },
        { label: t('chart.target'), scale: 'pct', stroke: palette.alert, width: 1, dash: [2, 3], points: { show: false } },
      ],
    };
    clearTimeout(due.current);
    due.current = undefined;
    const u = new uPlot(opts, dataNow(), el);
    plot.current = u;
    lastDraw.current = performance.now();
    const ro = new ResizeObserver(() => u.setSize(size()));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
    // Rebuilt on a language or channel change only; data updates go through setData below.
  }, [lang, channelId]);

  // A redraw already due reads the store when it runs, so it draws the newest points.
  const latestData = useRef(dataNow);
  latestData.current = dataNow;
  useEffect(() => {
    if (due.current !== undefined) return;
    const draw = () => {
      due.current = undefined;
      lastDraw.current = performance.now();
      plot.current?.setData(latestData.current());
    };
    const wait = lastDraw.current + redrawEveryMs - performance.now();
    if (wait <= 0) draw();
    else due.current = setTimeout(draw, wait);
  }, [points]);
  useEffect(() => () => clearTimeout(due.current), []);

  return (
    <section className="panel chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('chart.title')}</h2>
      <div className="chart-host" ref={host} role="img" aria-label={t('chart.title')} />
    </section>
  );
}
