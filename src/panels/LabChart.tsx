/**
 * One lab chart (uPlot): the simulation's mean as a solid line inside its 95 %
 * confidence band, the formulas' predictions dashed beside it, and the target
 * as a dotted rule. Values are fractions; the axis shows percent.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { palette } from '../theme/stateStyle';

export interface ChartLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  readonly dash?: readonly number[];
}

export interface BandChartProps {
  readonly testId: string;
  readonly title: string;
  readonly xs: readonly number[];
  readonly mean: ChartLine;
  readonly low: readonly (number | null)[];
  readonly high: readonly (number | null)[];
  readonly bandLabel: string;
  readonly lines: readonly ChartLine[];
  readonly target?: { readonly label: string; readonly value: number };
  readonly formatX: (x: number) => string;
}

const BAND = 'rgba(68, 119, 170, 0.18)';

const pct = (v: number | null) => (v === null ? null : v * 100);

export function BandChart(props: BandChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const { xs, mean, low, high, lines, target, formatX } = props;
    const series: uPlot.Series[] = [
      {},
      // The band's edges: drawn only as the fill between them (the legend keeps the upper one, coloured as the band).
      { label: props.bandLabel, stroke: BAND, width: 0, fill: BAND, points: { show: false } },
      { label: props.bandLabel, stroke: 'transparent', width: 0, points: { show: false } },
      { label: mean.label, stroke: mean.colour, width: 2, points: { size: 5 } },
      ...lines.map((l) => ({ label: l.label, stroke: l.colour, width: 1.5, dash: l.dash ? [...l.dash] : undefined, points: { size: 3 } })),
      ...(target ? [{ label: target.label, stroke: palette.alert, width: 1, dash: [2, 3], points: { show: false } }] : []),
    ];
    const data: uPlot.AlignedData = [
      [...xs],
      high.map(pct),
      low.map(pct),
      mean.values.map(pct),
      ...lines.map((l) => l.values.map(pct)),
      ...(target ? [xs.map(() => target.value * 100)] : []),
    ];
    const opts: uPlot.Options = {
      width: Math.max(260, el.clientWidth),
      height: 180,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: [0, 100] } },
      bands: [{ series: [1, 2], fill: BAND }],
      axes: [
        { values: (_u, ticks) => ticks.map(formatX), stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 26 },
        { stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 46, values: (_u, ticks) => ticks.map((v) => `${v}%`) },
      ],
      series,
    };
    const u = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(260, el.clientWidth), height: 180 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [props]);
  return (
    <figure className="lab-chart" data-testid={props.testId} data-points={props.xs.length}>
      <figcaption>{props.title}</figcaption>
      <div ref={host} role="img" aria-label={props.title} />
    </figure>
  );
}
