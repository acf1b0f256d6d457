/** One variant's intervals: mean ± 95 % interval of volume, service level, abandons and ASA, beside Erlang C and A for the staffing on shift. */
import type { ChannelOverlay } from '../../sim/analytics/erlangOverlay';
import type { IntervalEstimates } from '../../sim/kpi/labSummary';
import { formatClock, formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { useT, useUi } from '../app/context';
import { pctCi } from './labFormat';

export function LabIntervalTable({ title, intervals, starts, overlay, onShift }: {
  title: string;
  intervals: readonly IntervalEstimates[];
  starts: readonly number[];
  overlay: ChannelOverlay | undefined;
  onShift: readonly number[] | undefined;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? t('lab.none') : formatPercent(x, lang));
  return (
    <details className="lab-intervals">
      <summary>{title}</summary>
      <div className="lab-scroll">
        <table className="lab-table" data-testid="lab-interval-table">
          <thead>
            <tr>
              <th scope="col">{t('lab.col.interval')}</th><th scope="col">{t('lab.col.onShift')}</th><th scope="col">{t('lab.col.offered')}</th>
              <th scope="col">{t('lab.col.sl')}</th><th scope="col">{t('lab.col.erlangC')}</th><th scope="col">{t('lab.col.erlangA')}</th>
              <th scope="col">{t('lab.col.abandon')}</th><th scope="col">{t('lab.col.asa')}</th>
            </tr>
          </thead>
          <tbody>
            {intervals.map((e, k) => (
              <tr key={k} data-testid="lab-interval-row">
                <th scope="row">{formatClock(starts[k] ?? 0).slice(0, 5)}{e.warmup ? '*' : ''}</th>
                <td>{onShift?.[k] ?? t('lab.none')}</td>
                <td>{e.offered.mean === null ? t('lab.none') : `${formatNumber(e.offered.mean, lang, 1)}${e.offered.ci95 === null ? '' : ` ± ${formatNumber(e.offered.ci95, lang, 1)}`}`}</td>
                <td>{pctCi(e.serviceLevel, lang)}</td>
                <td>{pct(overlay?.points[k]?.erlangC?.serviceLevel)}</td>
                <td>{pct(overlay?.points[k]?.erlangA?.serviceLevel)}</td>
                <td>{pctCi(e.abandonRate, lang)}</td>
                <td>{formatDuration(e.asa.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
