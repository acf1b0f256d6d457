/**
 * The dashboard's interval charts (uPlot), one channel: volume against forecast
 * with the backlog; service level, abandon rate and occupancy on 0–100 %; ASA
 * and AHT in m:ss. Built once per language and channel, fed with setData.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MessageKey } from '../i18n';
import { formatClock, formatDuration } from '../i18n/format';
import type { IntervalRow } from '../store/dashboard';
import { palette } from '../theme/stateStyle';
import { useT, useUi } from '../app/context';

interface SeriesSpec {
  readonly label: MessageKey;
  readonly stroke: string;
  readonly value: (r: IntervalRow) => number | null;
  readonly bars?: boolean;
  readonly dash?: number[];
  readonly scale?: string;
}

interface ChartSpec {
  readonly title: MessageKey;
  readonly axis: 'count' | 'percent' | 'seconds';
  readonly series: readonly SeriesSpec[];
}

const pct = (v: number | null) => (v === null ? null : v * 100);

const charts: readonly ChartSpec[] = [
  {
    title: 'dash.chart.volume',
    axis: 'count',
    series: [
      { label: 'chart.offered', stroke: '#8fa3bf', value: (r) => r.offered, bars: true },
      { label: 'chart.forecast', stroke: '#374151', value: (r) => r.forecast, dash: [5, 4] },
      { label: 'dash.chart.backlog', stroke: palette.wrapUp, value: (r) => r.backlog },
    ],
  },
  {
    title: 'dash.chart.rates',
    axis: 'percent',
    series: [
      { label: 'dash.col.serviceLevel', stroke: palette.handling, value: (r) => pct(r.serviceLevel) },
      { label: 'dash.col.abandonRate', stroke: palette.alert, value: (r) => pct(r.abandonRate) },
      { label: 'dash.col.occupancy', stroke: palette.available, value: (r) => pct(r.occupancy), dash: [3, 3] },
    ],
  },
  {
    title: 'dash.chart.times',
    axis: 'seconds',
    series: [
      { label: 'dash.col.asa', stroke: palette.hold, value: (r) => r.asa },
      { label: 'dash.col.aht', stroke: palette.handling, value: (r) => r.aht, dash: [5, 4] },
    ],
  },
];

function data(spec: ChartSpec, rows: readonly IntervalRow[], intervalSeconds: number): uPlot.AlignedData {
  return [rows.map((r) => r.clockSeconds + intervalSeconds / 2), ...spec.series.map((s) => rows.map(s.value))];
}

function Chart({ spec, rows, intervalSeconds }: { spec: ChartSpec; rows: readonly IntervalRow[]; intervalSeconds: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(() => data(spec, rows, intervalSeconds));
  latest.current = () => data(spec, rows, intervalSeconds);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const yValues = (_u: uPlot, ticks: number[]) =>
      ticks.map((v) => (spec.axis === 'percent' ? `${v}%` : spec.axis === 'seconds' ? formatDuration(v) : String(v)));
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height: 150,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: spec.axis === 'percent' ? [0, 100] : (_u, _min, max) => [0, Math.max(5, max * 1.1)] } },
      axes: [
        { values: (_u, ticks) => ticks.map((v) => formatClock(v).slice(0, 5)), stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 26 },
        { stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 46, values: yValues },
      ],
      series: [
        {},
        ...spec.series.map((s) => ({
          label: t(s.label),
          stroke: s.stroke,
          width: s.bars ? 1 : 2,
          ...(s.bars ? { fill: 'rgba(143,163,191,0.45)', paths: bars, points: { show: false } } : { points: { size: 4 } }),
          ...(s.dash ? { dash: s.dash } : {}),
          spanGaps: true,
        })),
      ],
    };
    const u = new uPlot(opts, latest.current(), el);
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(240, el.clientWidth), height: 150 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [lang, spec, t]);

  useEffect(() => {
    plot.current?.setData(latest.current());
  }, [rows]);

  return (
    <figure className="dash-chart">
      <figcaption>{t(spec.title)}</figcaption>
      <div ref={host} role="img" aria-label={t(spec.title)} />
    </figure>
  );
}

export function DashboardCharts({ rows, intervalSeconds }: { rows: readonly IntervalRow[]; intervalSeconds: number }) {
  return (
    <div className="dash-charts">
      {charts.map((spec) => (
        <Chart key={spec.title} spec={spec} rows={rows} intervalSeconds={intervalSeconds} />
      ))}
    </div>
  );
}
