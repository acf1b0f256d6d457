/**
 * The staffing lab, for centre managers: pick a scenario and a lever, run the
 * sweep on a pool of workers (one per core) with progress, time left and cancel,
 * then read mean and 95 % interval per KPI and interval beside Erlang C and A,
 * the required staff, and export it all as CSV.
 */
import { useMemo, useRef, useState } from 'react';
import { validateScenario } from '../../sim/scenario/load';
import type { Scenario } from '../../sim/scenario/schema';
import { formatDuration, formatNumber } from '../i18n/format';
import { LAB_DIMENSIONS, planLab, type LabDimension } from '../lab/plan';
import { coreCount, PoolCancelled, runPool, type PoolProgress } from '../lab/pool';
import { labResults, type LabResults } from '../lab/results';
import { catalogue, defaultEntry } from '../worker/catalogue';
import { useConsole, useT, useUi } from '../app/context';
import { initialForm, LabFormView, type LabForm } from './LabForm';
import { LabResultsView } from './LabResultsView';
import './lab.css';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: PoolProgress; readonly threads: number }
  | { readonly kind: 'done'; readonly ms: number }
  | { readonly kind: 'cancelled'; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly message: string };

function loadEntry(file: string): { scenario: Scenario | null; problem: string | null } {
  const entry = catalogue.find((c) => c.file === file);
  if (!entry) return { scenario: null, problem: `${file}: not in the catalogue` };
  try {
    return { scenario: validateScenario(JSON.parse(entry.text), entry.file), problem: null };
  } catch (error) {
    return { scenario: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

const number = (text: string) => (text.trim() === '' ? NaN : Number(text.trim().replace(',', '.').replace(/^\+/, '')));

export default function LabView() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { sim } = useConsole();
  const firstFile = defaultEntry()?.file ?? catalogue[0]?.file ?? '';
  const [form, setForm] = useState<LabForm>(() => initialForm(firstFile, loadEntry(firstFile).scenario));
  const loaded = useMemo(() => loadEntry(form.file), [form.file]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [shown, setShown] = useState<{ results: LabResults; scenario: Scenario; target: number; shrinkage: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const change = (next: LabForm) => {
    if (next.file !== form.file) {
      setForm(initialForm(next.file, loadEntry(next.file).scenario));
      return;
    }
    setForm(next);
  };

  const run = async () => {
    const scenario = loaded.scenario;
    if (!scenario) return;
    const fixed: Partial<Record<LabDimension, number>> = {};
    for (const d of LAB_DIMENSIONS) if (d !== form.dimension && form.fixed[d].trim() !== '') fixed[d] = number(form.fixed[d]);
    const target = number(form.target) / 100;
    const shrinkage = number(form.shrinkage) / 100;
    const extra: string[] = [];
    if (!(target > 0 && target < 1)) extra.push(`${t('lab.target')}: ${form.target}`);
    if (!(shrinkage >= 0 && shrinkage < 1)) extra.push(`${t('lab.shrinkage')}: ${form.shrinkage}`);
    const plan = planLab({
      scenario, file: form.file, dimension: form.dimension, from: number(form.from), to: number(form.to), step: number(form.step), fixed, replications: number(form.replications),
    });
    const all = [...(plan.ok ? [] : plan.problems), ...extra];
    setProblems(all);
    if (!plan.ok || all.length > 0) return;
    const controller = new AbortController();
    abort.current = controller;
    const threads = coreCount();
    const total = plan.variants.length * plan.seeds.length;
    setStatus({ kind: 'running', threads, progress: { done: 0, total, elapsedMs: 0, leftMs: null } });
    const started = performance.now();
    let last: PoolProgress = { done: 0, total, elapsedMs: 0, leftMs: null };
    try {
      const raw = await runPool(plan.variants.map((v) => v.run), plan.seeds, {
        threads,
        signal: controller.signal,
        onProgress: (p) => {
          last = p;
          setStatus({ kind: 'running', threads, progress: p });
        },
      });
      setShown({ results: labResults(plan, raw), scenario, target, shrinkage });
      setStatus({ kind: 'done', ms: performance.now() - started });
    } catch (error) {
      if (error instanceof PoolCancelled) setStatus({ kind: 'cancelled', done: last.done, total });
      else setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  };

  const running = status.kind === 'running';
  return (
    <main className="lab" data-testid="lab">
      <div className="lab-head">
        <h1>{t('lab.title')}</h1>
        <button type="button" className="btn ghost" data-testid="lab-back" disabled={running} onClick={() => sim.setState({ view: 'picker' })}>
          {t('lab.back')}
        </button>
      </div>
      <p className="muted lab-help">{t('lab.help')}</p>
      <LabFormView form={form} scenario={loaded.scenario} running={running} onChange={change} onRun={() => void run()} onCancel={() => abort.current?.abort()} />
      {loaded.problem ? <p className="lab-problem" role="alert">{loaded.problem}</p> : null}
      {problems.length > 0 ? (
        <div className="lab-problem" role="alert" data-testid="lab-problems">
          {t('lab.problems')}
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}
      <div className="lab-status" data-testid="lab-status" data-kind={status.kind} aria-live="polite">
        {status.kind === 'running' ? (
          <>
            <progress data-testid="lab-progress" value={status.progress.done} max={status.progress.total} />
            <span data-testid="lab-progress-text">
              {t('lab.progress', { done: formatNumber(status.progress.done, lang), total: formatNumber(status.progress.total, lang), threads: status.threads })}
              {' · '}
              {status.progress.leftMs === null ? t('lab.leftUnknown') : t('lab.left', { time: formatDuration(status.progress.leftMs / 1000) })}
            </span>
          </>
        ) : status.kind === 'cancelled' ? (
          <span>{t('lab.cancelled', { done: formatNumber(status.done, lang), total: formatNumber(status.total, lang) })}</span>
        ) : status.kind === 'failed' ? (
          <span className="lab-problem">{t('lab.failed', { message: status.message })}</span>
        ) : status.kind === 'done' && shown ? (
          <span>{t('lab.finished', { variants: shown.results.variants.length, replications: shown.results.replications, time: formatDuration(status.ms / 1000) })}</span>
        ) : null}
      </div>
      {shown ? <LabResultsView key={`${shown.results.scenarioId}-${shown.results.dimension}-${shown.results.variants.length}`} {...shown} /> : null}
    </main>
  );
}
