/** The lab's required-staff table: per interval and voice channel, analytic (Erlang C, A, with shrinkage) and simulated. */
import type { LabRequiredRow } from '../lab/required';
import { formatNumber, formatPercent } from '../i18n/format';
import { useT, useUi } from '../app/context';
import { pctCi } from './labFormat';

export function LabRequiredTable({ rows, target, staffing, channelName }: {
  rows: readonly LabRequiredRow[];
  target: number;
  staffing: boolean;
  channelName: (id: string) => string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  if (rows.length === 0) return null;
  const several = new Set(rows.map((r) => r.channel)).size > 1;
  const n = (x: number | null) => (x === null ? t('lab.none') : formatNumber(x, lang));
  return (
    <section className="lab-required" data-testid="lab-required">
      <h3>{t('lab.required.title', { target: formatPercent(target, lang, 0) })}</h3>
      <p className="muted">{t('lab.required.help')}</p>
      {staffing ? null : <p className="muted" data-testid="lab-required-note">{t('lab.required.onlyStaffing')}</p>}
      <div className="lab-scroll">
        <table className="lab-table">
          <thead>
            <tr>
              <th scope="col">{t('lab.col.interval')}</th>
              {several ? <th scope="col">{t('lab.channel')}</th> : null}
              <th scope="col">{t('lab.required.forecast')}</th><th scope="col">Erlang C</th><th scope="col">Erlang A</th>
              <th scope="col">{t('lab.required.withShrinkage')}</th><th scope="col">{t('lab.required.simulated')}</th><th scope="col">{t('lab.required.achieved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.channel}-${r.index}`} data-testid="lab-required-row" data-simulated={r.simulated ?? ''}>
                <th scope="row">{r.interval}</th>
                {several ? <td>{channelName(r.channel)}</td> : null}
                <td>{formatNumber(r.forecast, lang, 0)}</td>
                <td>{n(r.analytic.erlangC)}</td>
                <td>{n(r.analytic.erlangA)}</td>
                <td>{n(r.analytic.withShrinkage)}</td>
                <td>{!staffing ? t('lab.none') : r.simulated === null ? `> ${formatNumber(r.tried[1], lang)}` : r.simulated === r.tried[0] && r.simulated > 0 ? `≤ ${formatNumber(r.simulated, lang)}` : formatNumber(r.simulated, lang)}</td>
                <td>{staffing ? pctCi(r.achieved ?? undefined, lang) : t('lab.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
