/**
 * A finished sweep: for one channel, a row per variant (mean ± 95 % interval of
 * service level and abandons, ASA, occupancy, and the day as Erlang C and A see
 * it), charts against the swept lever and per interval for one variant, the
 * reasons this scenario departs from the formulas, and the required-staff table.
 */
import { useMemo, useState } from 'react';
import { overlayDay } from '../../sim/analytics/erlangOverlay';
import type { Estimate } from '../../sim/kpi/replications';
import type { Scenario } from '../../sim/scenario/schema';
import { channelName, type MessageKey } from '../i18n';
import { formatClock, formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { palette } from '../theme/stateStyle';
import { labCsv } from '../lab/csv';
import { labRequiredStaff, STAFFING_DIMENSIONS } from '../lab/required';
import type { LabResults } from '../lab/results';
import { useT, useUi } from '../app/context';
import { downloadText } from './download';
import { BandChart } from './LabChart';
import { LabIntervalTable } from './LabIntervalTable';
import { LabRequiredTable } from './LabRequiredTable';
import { pctCi } from './labFormat';

const lo = (e: Estimate | undefined) => (e && e.mean !== null && e.ci95 !== null ? Math.max(0, e.mean - e.ci95) : e?.mean ?? null);
const hi = (e: Estimate | undefined) => (e && e.mean !== null && e.ci95 !== null ? Math.min(1, e.mean + e.ci95) : e?.mean ?? null);

export function LabResultsView({ results, scenario, target, shrinkage }: { results: LabResults; scenario: Scenario; target: number; shrinkage: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const voice = results.variants[0]?.overlay.map((o) => o.channelId) ?? [];
  const shown = results.channels.filter((c) => voice.includes(c.id) || c.kind !== 'outbound');
  const [channelId, setChannelId] = useState(voice[0] ?? shown[0]?.id ?? '');
  const [variantIndex, setVariantIndex] = useState(Math.floor(results.variants.length / 2));
  const dim = t(`lab.dim.${results.dimension}` as MessageKey);
  const fmtValue = (v: number) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1);
  const days = results.variants.map((v) => ({ v, day: v.summary.byChannel[channelId], erlang: overlayDay(v.overlay.find((o) => o.channelId === channelId)?.points ?? []) }));
  const xs = results.variants.map((v) => v.value);
  const required = useMemo(() => labRequiredStaff(results, scenario, target, shrinkage), [results, scenario, target, shrinkage]);
  const chosen = results.variants[Math.min(variantIndex, results.variants.length - 1)];
  const intervals = chosen?.summary.intervals[channelId] ?? [];
  const overlay = chosen?.overlay.find((o) => o.channelId === channelId);
  const chName = (id: string) => channelName(scenario.channels.find((c) => c.id === id), lang, id);
  const labels = { band: t('lab.chart.band'), sim: t('lab.chart.sim'), target: { label: t('lab.chart.target'), value: target } };
  return (
    <section className="lab-results" data-testid="lab-results" data-variants={results.variants.length} data-replications={results.replications}>
      <div className="lab-row">
        <h2>{t('lab.results', { n: results.replications })}</h2>
        <label className="lab-field"><span>{t('lab.channel')}</span>
          <select data-testid="lab-channel" value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            {shown.map((c) => <option key={c.id} value={c.id}>{chName(c.id)}</option>)}
          </select>
        </label>
        <button type="button" className="btn" data-testid="lab-csv" onClick={() => downloadText(t('lab.csv.name', { id: results.scenarioId }), labCsv(results, lang), 'text/csv;charset=utf-8')}>
          {t('lab.csv')}
        </button>
      </div>
      <div className="lab-scroll">
        <table className="lab-table">
          <thead>
            <tr>
              <th scope="col">{dim}</th><th scope="col">{t('lab.col.offered')}</th><th scope="col">{t('lab.col.sl')}</th><th scope="col">{t('lab.col.erlangC')}</th>
              <th scope="col">{t('lab.col.erlangA')}</th><th scope="col">{t('lab.col.abandon')}</th><th scope="col">{t('lab.col.asa')}</th><th scope="col">{t('lab.col.occupancy')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map(({ v, day, erlang }) => (
              <tr key={v.value} data-testid="lab-variant-row" data-value={v.value}>
                <th scope="row">{fmtValue(v.value)}</th>
                <td>{formatNumber(day?.offered.mean, lang, 0)}</td>
                <td data-testid="lab-sl">{pctCi(day?.serviceLevel, lang)}</td>
                <td>{erlang.erlangC === null ? '–' : formatPercent(erlang.erlangC, lang)}</td>
                <td>{erlang.erlangA === null ? '–' : formatPercent(erlang.erlangA, lang)}</td>
                <td>{pctCi(day?.abandonRate, lang)}</td>
                <td>{formatDuration(day?.asa.mean)}</td>
                <td>{pctCi(v.summary.occupancy, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lab-charts">
        <BandChart testId="lab-chart-sl" title={t('lab.chart.slVs', { dim })} xs={xs} formatX={fmtValue} bandLabel={labels.band} target={labels.target}
          mean={{ label: labels.sim, colour: palette.handling, values: days.map((d) => d.day?.serviceLevel.mean ?? null) }}
          low={days.map((d) => lo(d.day?.serviceLevel))} high={days.map((d) => hi(d.day?.serviceLevel))}
          lines={[
            { label: 'Erlang C', colour: '#6b7280', dash: [6, 4], values: days.map((d) => d.erlang.erlangC) },
            { label: 'Erlang A', colour: palette.wrapUp, dash: [3, 3], values: days.map((d) => d.erlang.erlangA) },
          ]} />
        <BandChart testId="lab-chart-abandon" title={t('lab.chart.abandonVs', { dim })} xs={xs} formatX={fmtValue} bandLabel={labels.band}
          mean={{ label: labels.sim, colour: palette.alert, values: days.map((d) => d.day?.abandonRate.mean ?? null) }}
          low={days.map((d) => lo(d.day?.abandonRate))} high={days.map((d) => hi(d.day?.abandonRate))}
          lines={[{ label: 'Erlang A', colour: palette.wrapUp, dash: [3, 3], values: days.map((d) => d.erlang.erlangAAbandon) }]} />
        {chosen && intervals.length > 0 ? (
          <BandChart testId="lab-chart-intervals" title={t('lab.chart.intervals', { value: `${dim} = ${fmtValue(chosen.value)}` })}
            xs={results.intervalStarts.slice(0, intervals.length)} formatX={(x) => formatClock(x).slice(0, 5)} bandLabel={labels.band} target={labels.target}
            mean={{ label: labels.sim, colour: palette.handling, values: intervals.map((e) => e.serviceLevel.mean) }}
            low={intervals.map((e) => lo(e.serviceLevel))} high={intervals.map((e) => hi(e.serviceLevel))}
            lines={[
              { label: 'Erlang C', colour: '#6b7280', dash: [6, 4], values: intervals.map((_, k) => overlay?.points[k]?.erlangC?.serviceLevel ?? null) },
              { label: 'Erlang A', colour: palette.wrapUp, dash: [3, 3], values: intervals.map((_, k) => overlay?.points[k]?.erlangA?.serviceLevel ?? null) },
            ]} />
        ) : null}
      </div>
      <label className="lab-field"><span>{t('lab.variant')}</span>
        <select data-testid="lab-variant" value={variantIndex} onChange={(e) => setVariantIndex(Number(e.target.value))}>
          {results.variants.map((v, i) => <option key={v.value} value={i}>{`${dim} = ${fmtValue(v.value)}`}</option>)}
        </select>
      </label>
      {chosen && intervals.length > 0 ? (
        <LabIntervalTable title={t('lab.intervals', { value: `${dim} = ${fmtValue(chosen.value)}` })} intervals={intervals}
          starts={results.intervalStarts} overlay={overlay} onShift={chosen.onShift[channelId]} />
      ) : null}
      <section className="lab-why" data-testid="lab-caveats" data-caveats={results.caveats.join(' ')}>
        <h3>{t('lab.why.title')}</h3>
        {voice.length === 0 ? <p>{t('lab.noVoice')}</p> : null}
        <ul>
          {results.caveats.length === 0 ? <li>{t('lab.why.none')}</li> : results.caveats.map((c) => <li key={c}>{t(`lab.why.${c}` as MessageKey)}</li>)}
        </ul>
      </section>
      <LabRequiredTable rows={required} target={target} staffing={STAFFING_DIMENSIONS.includes(results.dimension)} channelName={chName}
        scenario={scenario} replications={results.replications} shrinkage={shrinkage} />
    </section>
  );
}
