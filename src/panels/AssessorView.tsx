/**
 * The assessor view: load candidates' result files, verify each by replay in
 * the verification worker (the page stays responsive), and compare them side by
 * side (one column a candidate): verification and its reasons, score by block,
 * key moments, the report text; export the comparison as CSV for the jury.
 */
import { useState, type ReactNode } from 'react';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n';
import { unreadableCandidate, type AssessedCandidate } from '../worker/assessed';
import { verifier } from '../app/verifier';
import { useConsole, useT, useUi } from '../app/context';
import { assessorCsv } from './assessorCsv';
import { keyMoments, reasons } from './assessorText';
import { downloadText } from './download';
import './assessor.css';

type Column = { readonly file: string; readonly candidate: AssessedCandidate | null };

const blocks = ['resources', 'people', 'improvement'] as const;

function Lines({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="assessor-lines">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}

function Text({ text, empty }: { text: string | undefined; empty: string }) {
  return text ? <p className="assessor-text">{text}</p> : <span className="muted">{empty}</span>;
}

function CandidateTable({ columns, lang }: { columns: readonly Column[]; lang: Lang }) {
  const t = useT();
  const done = (c: Column) => c.candidate;
  const row = (label: string, cell: (c: AssessedCandidate) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((col) => (
        <td key={col.file}>{col.candidate ? cell(col.candidate) : null}</td>
      ))}
    </tr>
  );
  const noText = t('assessor.noText');
  return (
    <div className="assessor-scroll">
      <table className="assessor-table">
        <thead>
          <tr>
            <th scope="col">{t('assessor.row.file')}</th>
            {columns.map((col) => (
              <th key={col.file} scope="col" data-testid="assessor-candidate" data-file={col.file} data-status={done(col)?.status ?? 'pending'}>
                {col.file}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('assessor.row.status')}</th>
            {columns.map((col) => (
              <td key={col.file}>
                <span className={`assessor-status ${col.candidate?.status ?? 'pending'}`} data-testid="assessor-status">
                  {col.candidate?.status === 'verified' ? '✔ ' : col.candidate ? '✖ ' : ''}
                  {t(col.candidate ? `assessor.status.${col.candidate.status}` : 'assessor.status.pending')}
                </span>
              </td>
            ))}
          </tr>
          {row(t('assessor.row.reasons'), (c) => <Lines items={reasons(c, lang)} empty="—" />)}
          {row(t('assessor.row.exam'), (c) => (c.title ? `${c.title[lang]} (${c.scenarioId})` : c.scenarioId || '—'))}
          {row(t('assessor.row.seed'), (c) => (c.seed === null ? '—' : String(c.seed)))}
          {row(t('assessor.row.engine'), (c) => c.engineVersion || '—')}
          {row(t('assessor.row.total'), (c) => <strong className="assessor-total">{c.score ? formatNumber(c.score.total, lang, 1) : '—'}</strong>)}
          {blocks.map((b) => (
            <tr key={b}>
              <th scope="row">{t(`score.block.${b}`)}</th>
              {columns.map((col) => (
                <td key={col.file}>{col.candidate?.score ? formatNumber(col.candidate.score.byBlock[b], lang, 1) : null}</td>
              ))}
            </tr>
          ))}
          {row(t('assessor.row.moments'), (c) => <Lines items={keyMoments(c, lang)} empty="—" />)}
          {row(t('assessor.row.analysis'), (c) => (c.report ? <Text text={c.report.analysis} empty={noText} /> : <span className="muted">{t('assessor.noReportText')}</span>))}
          {row(t('assessor.row.proposals'), (c) => (c.report ? <Text text={c.report.proposals} empty={noText} /> : <span className="muted">{t('assessor.noReportText')}</span>))}
        </tbody>
      </table>
    </div>
  );
}

export function AssessorView() {
  const t = useT();
  const { sim, ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const [columns, setColumns] = useState<readonly Column[]>([]);

  const load = async (files: readonly File[]) => {
    // A file loaded again replaces its column; new ones are added at the end.
    const names = files.map((f) => f.name);
    setColumns((cs) => [...cs.filter((c) => !names.includes(c.file)), ...names.map((file) => ({ file, candidate: null }))]);
    for (const f of files) {
      let candidate: AssessedCandidate;
      try {
        candidate = await verifier().verify(await f.text(), f.name);
      } catch (e) {
        candidate = unreadableCandidate(f.name, `${f.name}: ${(e as Error).message}`);
      }
      setColumns((cs) => cs.map((c) => (c.file === f.name ? { file: f.name, candidate } : c)));
    }
  };

  const ready = columns.filter((c): c is { file: string; candidate: AssessedCandidate } => c.candidate !== null);
  return (
    <main className="assessor" data-testid="assessor">
      <header className="assessor-head">
        <h1>{t('assessor.title')}</h1>
        <div className="assessor-actions">
          <button type="button" className="btn ghost" data-testid="lang-switch" aria-label={t('lang.switchLabel')} onClick={() => ui.setState({ lang: lang === 'fr' ? 'en' : 'fr' })}>
            {t('lang.switch')}
          </button>
          <button type="button" className="btn" data-testid="assessor-back" onClick={() => sim.setState({ view: 'picker' })}>
            {t('assessor.back')}
          </button>
        </div>
      </header>
      <p className="muted assessor-help">{t('assessor.help')}</p>
      <div className="assessor-actions">
        <label className="field file">
          <span>{t('assessor.files')}</span>
          <input type="file" multiple accept="application/json,.json" data-testid="assessor-files" onChange={(e) => void load([...(e.target.files ?? [])])} />
        </label>
        <button type="button" className="btn primary" data-testid="assessor-csv" disabled={ready.length === 0} onClick={() => downloadText(t('assessor.csv.name'), assessorCsv(ready.map((c) => c.candidate), lang), 'text/csv;charset=utf-8')}>
          {t('assessor.csv')}
        </button>
      </div>
      {columns.length === 0 ? <p className="muted">{t('assessor.none')}</p> : <CandidateTable columns={columns} lang={lang} />}
    </main>
  );
}
