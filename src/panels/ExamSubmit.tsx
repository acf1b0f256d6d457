/**
 * The end of an exam: the candidate writes the report text (analysis and
 * proposals) and downloads the result file, built in the worker by sim/exam/
 * (format @2) so `npm run verify` and the assessor view replay it. No score, no
 * missed moments, no comparison with doing nothing: judging is the assessor's.
 */
import { useState } from 'react';
import type { FinalResult } from '../worker/protocol';
import { useConsole, useT, useUi } from '../app/context';
import { downloadText } from './download';
import { TimesheetDownload } from './TimesheetDownload';
import './exam.css';

export function ExamSubmit({ final }: { final: FinalResult }) {
  const t = useT();
  const { ui, controller } = useConsole();
  const report = useUi((s) => s.report);
  const [saved, setSaved] = useState<string | null | 'unavailable'>(null);
  const edit = (field: 'analysis' | 'proposals', value: string) => ui.setState((s) => ({ report: { ...s.report, [field]: value } }));
  const download = async () => {
    const text = await controller.resultFile(ui.getState().report);
    if (text === null) {
      setSaved('unavailable');
      return;
    }
    const name = t('exam.fileName', { id: final.scenario.id });
    downloadText(name, text, 'application/json;charset=utf-8');
    setSaved(name);
  };
  return (
    <section className="debrief-section report-form exam-submit" aria-labelledby="exam-submit-title">
      <h3 id="exam-submit-title">{t('report.title')}</h3>
      <p className="muted">{t('exam.submit.help')}</p>
      <label className="report-field">
        <span>{t('report.analysis')}</span>
        <textarea data-testid="report-analysis" rows={6} value={report.analysis} placeholder={t('report.analysis.placeholder')} onChange={(e) => edit('analysis', e.target.value)} />
      </label>
      <label className="report-field">
        <span>{t('report.proposals')}</span>
        <textarea data-testid="report-proposals" rows={5} value={report.proposals} placeholder={t('report.proposals.placeholder')} onChange={(e) => edit('proposals', e.target.value)} />
      </label>
      <div className="report-exports">
        <button type="button" className="btn primary" data-testid="exam-result-download" onClick={() => void download()}>
          {t('exam.download')}
        </button>
        <TimesheetDownload final={final} />
      </div>
      {saved ? (
        <p className="muted" role="status" data-testid="exam-result-saved">
          {saved === 'unavailable' ? t('exam.unavailable') : t('exam.downloaded', { name: saved })}
        </p>
      ) : null}
    </section>
  );
}
