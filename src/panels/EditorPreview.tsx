/**
 * The editor's live preview: forecast contacts per interval for each channel
 * (bars) and the Erlang estimate of advisers needed against the advisers on
 * shift (lines, right axis), with the model named for each channel and the
 * figures in a table (the accessible alternative to the chart).
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { StaffingPreview } from '../editor/staffingPreview';
import { formatClock, formatNumber, formatPercent } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { useT, useUi } from '../app/context';

const lineColours = ['#8fa3bf', '#c4a484', '#9bbf8f', '#bf8fb5', '#8fbfbb', '#bfb58f'];

/** One row per interval start plus the day's end, so the last step is drawn to closing time. */
function chartData(p: StaffingPreview, volumes: readonly (readonly number[] | null)[]): uPlot.AlignedData {
  const xs = [...p.intervals.map((iv) => iv.from), p.intervals.at(-1)?.to ?? 0];
  const extend = <T,>(row: readonly T[]) => [...row, row.at(-1) ?? null];
  const channelRows = volumes.filter((v): v is readonly number[] => v !== null);
  return [xs, ...channelRows.map((v) => extend(p.intervals.map((_, k) => v[k] ?? 0))), extend(p.required), extend(p.scheduled)];
}

function hourTicks(from: number, to: number): number[] {
  const every = to - from > 10 * 3600 ? 7200 : 3600;
  const ticks: number[] = [];
  for (let h = Math.ceil(from / every) * every; h <= to; h += every) ticks.push(h);
  return ticks;
}

export function EditorPreview({ preview, volumes, stale }: { readonly preview: StaffingPreview; readonly volumes: readonly (readonly number[] | null)[]; readonly stale: boolean }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = `${lang}|${preview.channels.map((c) => c.channelId).join(',')}|${preview.intervals[0]?.from}|${preview.intervals.at(-1)?.to}`;

  useEffect(() => {
    const el = host.current;
    if (!el || preview.intervals.length === 0) return;
    // Steps, not bars: several channels' bars at one x would hide each other.
    const steps = uPlot.paths.stepped!({ align: 1 });
    const first = preview.intervals[0].from;
    const last = preview.intervals.at(-1)!.to;
    const size = () => ({ width: Math.max(240, el.clientWidth), height: 220 });
    const u = new uPlot(
      {
        ...size(),
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, range: [first, last] }, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] }, staff: { range: (_u, _min, max) => [0, Math.max(5, max * 1.15)] } },
        axes: [
          {
            // Whole hours (every other one past ten hours), not uPlot's round numbers of seconds.
            splits: () => hourTicks(first, last),
            values: (_u, ticks) => ticks.map((v) => formatClock(v).slice(0, 5)),
            stroke: '#6b7280',
            grid: { stroke: '#eef0f3' },
            size: 28,
          },
          { stroke: '#6b7280', grid: { stroke: '#eef0f3' }, size: 44 },
          // Advisers are whole people: no 2.5 ticks.
          { scale: 'staff', side: 1, stroke: '#6b7280', grid: { show: false }, size: 44, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
        ],
        series: [
          {},
          ...preview.channels.map((c, i) => ({ label: t('editor.chart.volume', { channel: c.channelId }), stroke: lineColours[i % lineColours.length], fill: lineColours[i % lineColours.length] + '40', width: 1.5, paths: steps, points: { show: false } })),
          { label: t('editor.chart.required'), scale: 'staff', stroke: palette.alert, width: 2, paths: steps, points: { show: false } },
          { label: t('editor.chart.scheduled'), scale: 'staff', stroke: palette.handling, width: 2, dash: [5, 4], paths: steps, points: { show: false } },
        ],
      },
      chartData(preview, volumes),
      el,
    );
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize(size()));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
    // Rebuilt when the series change; figures go through setData below.
  }, [shape]);

  useEffect(() => {
    plot.current?.setData(chartData(preview, volumes));
  }, [preview, volumes]);

  return (
    <section className="editor-preview" aria-labelledby="editor-preview-title" data-testid="editor-preview">
      <h3 id="editor-preview-title">{t('editor.preview')}</h3>
      {stale ? <p className="muted" data-testid="editor-stale">{t('editor.stale')}</p> : null}
      <div className="chart-host editor-chart" ref={host} role="img" aria-label={t('editor.preview')} />
      <ul className="editor-models">
        {preview.channels.map((c) => (
          <li key={c.channelId} data-testid={`editor-model-${c.channelId}`}>
            {t(c.model === 'erlangA' ? 'editor.model.erlangA' : 'editor.model.erlangC', {
              channel: c.channelId,
              patience: formatNumber(Math.round(c.patienceSeconds ?? 0), lang),
              aht: formatNumber(Math.round(c.ahtSeconds * 10) / 10, lang),
              target: formatPercent(c.target, lang, 0),
              threshold: formatNumber(c.thresholdSeconds, lang),
            })}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('editor.assumptions')}</p>
      <table className="editor-staffing" data-testid="editor-staffing">
        <thead>
          <tr>
            <th scope="col">{t('editor.table.interval')}</th>
            {preview.channels.map((c) => (
              <th key={c.channelId} scope="col">{c.channelId}</th>
            ))}
            <th scope="col">{t('editor.table.required')}</th>
            <th scope="col">{t('editor.table.scheduled')}</th>
            <th scope="col">{t('editor.table.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.intervals.map((iv, k) => {
            const need = preview.required[k];
            const gap = need === null ? null : preview.scheduled[k] - need;
            return (
              <tr key={iv.from} data-testid={`editor-staffing-row-${k}`}>
                <th scope="row">{formatClock(iv.from).slice(0, 5)}</th>
                {preview.channels.map((c) => (
                  <td key={c.channelId}>{c.required[k] === null ? t('editor.unreachable') : c.required[k]}</td>
                ))}
                <td data-testid={`editor-required-${k}`} data-value={need ?? ''}>{need === null ? t('editor.unreachable') : need}</td>
                <td data-testid={`editor-scheduled-${k}`}>{preview.scheduled[k]}</td>
                <td className={gap !== null && gap < 0 ? 'short' : ''}>{gap === null ? '—' : gap > 0 ? `+${gap}` : gap}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
