/**
 * The lab's required-staff table: per interval and voice channel, analytic (Erlang C,
 * A, with shrinkage), simulated from the sweep, and, on request, the plan searched
 * interval by interval (each interval at its own figure, so it inherits the queue the
 * plan leaves), in a worker of its own.
 */
import { useRef, useState } from 'react';
import type { RequiredStaffOutput } from '../../sim/kpi/requiredStaffTable';
import type { Scenario } from '../../sim/scenario/schema';
import { runPlanSearch } from '../lab/planSearch';
import { PoolCancelled } from '../lab/pool';
import type { LabRequiredRow } from '../lab/required';
import { formatNumber, formatPercent } from '../i18n/format';
import { useT, useUi } from '../app/context';
import { pctCi } from './labFormat';

type PlanState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly output: RequiredStaffOutput }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export function LabRequiredTable({ rows, target, staffing, channelName, scenario, replications, shrinkage }: {
  rows: readonly LabRequiredRow[];
  target: number;
  staffing: boolean;
  channelName: (id: string) => string;
  scenario: Scenario;
  replications: number;
  shrinkage: number;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [plan, setPlan] = useState<PlanState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  if (rows.length === 0) return null;
  const search = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setPlan({ kind: 'running', done: 0, total: rows.length });
    try {
      const output = await runPlanSearch(scenario, { targetServiceLevel: target, confidence: 0.95, shrinkage, replications }, {
        signal: controller.signal,
        onProgress: (done, total) => setPlan({ kind: 'running', done, total }),
      });
      setPlan({ kind: 'done', output });
    } catch (error) {
      setPlan(error instanceof PoolCancelled ? { kind: 'cancelled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const planned = (r: LabRequiredRow) => (plan.kind === 'done' ? plan.output.required.find((p) => p.channel === r.channel && p.interval === r.interval) : undefined);
  const several = new Set(rows.map((r) => r.channel)).size > 1;
  const n = (x: number | null) => (x === null ? t('lab.none') : formatNumber(x, lang));
  return (
    <section className="lab-required" data-testid="lab-required">
      <h3>{t('lab.required.title', { target: formatPercent(target, lang, 0) })}</h3>
      <p className="muted">{t('lab.required.help')}</p>
      {staffing ? null : <p className="muted" data-testid="lab-required-note">{t('lab.required.onlyStaffing')}</p>}
      <div className="lab-row" data-testid="lab-plan" data-kind={plan.kind}>
        <button type="button" className="btn" data-testid="lab-plan-search" disabled={plan.kind === 'running'} onClick={() => void search()}>{t('lab.plan.run', { n: replications })}</button>
        {plan.kind === 'running' ? (
          <>
            <progress data-testid="lab-plan-progress" value={plan.done} max={plan.total} />
            <span>{t('lab.plan.progress', { done: plan.done, total: plan.total })}</span>
            <button type="button" className="btn" data-testid="lab-plan-cancel" onClick={() => abort.current?.abort()}>{t('lab.cancel')}</button>
          </>
        ) : plan.kind === 'cancelled' ? <span>{t('lab.plan.cancelled')}</span> : plan.kind === 'failed' ? <span className="lab-problem">{t('lab.failed', { message: plan.message })}</span> : null}
      </div>
      <p className="muted">{t('lab.plan.help')}</p>
      <div className="lab-scroll">
        <table className="lab-table">
          <thead>
            <tr>
              <th scope="col">{t('lab.col.interval')}</th>
              {several ? <th scope="col">{t('lab.channel')}</th> : null}
              <th scope="col">{t('lab.required.forecast')}</th><th scope="col">Erlang C</th><th scope="col">Erlang A</th>
              <th scope="col">{t('lab.required.withShrinkage')}</th><th scope="col">{t('lab.required.simulated')}</th><th scope="col">{t('lab.required.achieved')}</th>
              {plan.kind === 'done' ? <><th scope="col">{t('lab.plan.column')}</th><th scope="col">{t('lab.required.achieved')}</th></> : null}
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
                {plan.kind === 'done' ? (
                  <>
                    <td data-testid="lab-plan-cell">{n(planned(r)?.simulated ?? null)}</td>
                    <td>{pctCi(planned(r)?.achievedServiceLevel ? { mean: planned(r)!.achievedServiceLevel!.mean, ci95: planned(r)!.achievedServiceLevel!.ci95, n: replications } : undefined, lang)}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
