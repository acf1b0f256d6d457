/**
 * The shift report form: the trainee writes an analysis and proposals for
 * management, then exports the report (printable HTML, JSON, CSV) in the
 * console's language, built by the engine's report module; beside them, the timesheet for HR.
 */
import { buildReport, renderReport, reportMimeTypes, secondsOf, type ReportFormat } from '../../sim/report/index';
import { translateCode } from '../i18n/codes';
import { channelName, type Lang } from '../i18n';
import type { FinalResult } from '../worker/protocol';
import { useConsole, useT, useUi } from '../app/context';
import { downloadText } from './download';
import { TimesheetDownload } from './TimesheetDownload';

/** The report file for `final` in `lang`, with the trainee's text. */
export function reportFile(final: FinalResult, lang: Lang, text: { analysis: string; proposals: string }, format: ReportFormat): { name: string; content: string; mime: string } {
  const dayStart = secondsOf(final.scenario.clock.start);
  const model = buildReport({
    scenario: final.scenario,
    result: final.result,
    lang,
    analysis: text.analysis,
    proposals: text.proposals,
    adviserNames: final.adviserNames,
    translate: (kind, code, params) => {
      const ctx = { lang, dayStart, nameOf: (id: string) => final.adviserNames[id], channelOf: (id: string) => channelLabel(final, id, lang) };
      // A missed moment may name a duty by its score entry's code: the entry's words serve.
      const words = translateCode(kind === 'entry' ? 'score.entry' : 'score.missed', code, params, '', ctx) || (kind === 'missed' ? translateCode('score.entry', code, params, '', ctx) : '');
      return words === '' ? undefined : words;
    },
  });
  const base = lang === 'fr' ? 'compte-rendu' : 'shift-report';
  return { name: `${base}-${final.scenario.id}-${final.result.seed}.${format}`, content: renderReport(model, format), mime: reportMimeTypes[format] };
}

function channelLabel(final: FinalResult, id: string, lang: Lang): string | undefined {
  const c = final.scenario.channels.find((x) => x.id === id);
  return c ? channelName(c, lang) : undefined;
}

const exports: readonly { format: ReportFormat; testId: string; label: 'report.exportHtml' | 'report.exportJson' | 'report.exportCsv' }[] = [
  { format: 'html', testId: 'export-html', label: 'report.exportHtml' },
  { format: 'json', testId: 'export-json', label: 'report.exportJson' },
  { format: 'csv', testId: 'export-csv', label: 'report.exportCsv' },
];

export function ReportForm({ final }: { final: FinalResult }) {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const report = useUi((s) => s.report);
  const edit = (field: 'analysis' | 'proposals', value: string) => ui.setState((s) => ({ report: { ...s.report, [field]: value } }));
  const save = (format: ReportFormat) => {
    const file = reportFile(final, lang, ui.getState().report, format);
    downloadText(file.name, file.content, file.mime);
  };
  return (
    <section className="debrief-section report-form" aria-labelledby="report-form-title">
      <h3 id="report-form-title">{t('report.title')}</h3>
      <p className="muted">{t('report.help')}</p>
      <label className="report-field">
        <span>{t('report.analysis')}</span>
        <textarea data-testid="report-analysis" rows={5} value={report.analysis} placeholder={t('report.analysis.placeholder')} onChange={(e) => edit('analysis', e.target.value)} />
      </label>
      <label className="report-field">
        <span>{t('report.proposals')}</span>
        <textarea data-testid="report-proposals" rows={4} value={report.proposals} placeholder={t('report.proposals.placeholder')} onChange={(e) => edit('proposals', e.target.value)} />
      </label>
      <div className="report-exports">
        {exports.map((x) => (
          <button key={x.format} type="button" className={`btn${x.format === 'html' ? ' primary' : ''}`} data-testid={x.testId} onClick={() => save(x.format)}>
            {t(x.label)}
          </button>
        ))}
        <TimesheetDownload final={final} />
      </div>
    </section>
  );
}
