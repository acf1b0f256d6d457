/**
 * The end-of-shift debrief, over the console: the score by block with its
 * entries and the biggest missed moments, the KPI timelines against doing
 * nothing with your actions marked, and the shift report form. The final
 * result is fetched from the worker once, when the debrief opens.
 */
import { useEffect, useRef, useState } from 'react';
import { secondsOf } from '../../sim/report/index';
import type { FinalResult } from '../worker/protocol';
import { useConsole, useT, useUi } from '../app/context';
import { DebriefCharts } from './DebriefCharts';
import { DebriefScore } from './DebriefScore';
import { ExamSubmit } from './ExamSubmit';
import { useExam } from '../app/exam';
import { ReportForm } from './ReportForm';

export function DebriefBody({ final }: { final: FinalResult }) {
  const result = final.result;
  const scenario = final.scenario;
  const dayStart = secondsOf(scenario.clock.start);
  return (
    <div className="debrief-body">
      <DebriefScore result={result} dayStart={dayStart} channels={scenario.channels} />
      <DebriefCharts result={result} channels={scenario.channels} dayStart={dayStart} dayEnd={secondsOf(scenario.clock.end)} intervalSeconds={scenario.stats.intervalMinutes * 60} />
      <ReportForm final={final} />
    </div>
  );
}

function DebriefDialog() {
  const t = useT();
  const { ui, controller } = useConsole();
  const exam = useExam();
  const [final, setFinal] = useState<FinalResult | null | 'loading'>('loading');
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let live = true;
    controller.result().then(
      (r) => live && setFinal(r),
      () => live && setFinal(null),
    );
    closeButton.current?.focus();
    return () => {
      live = false;
    };
  }, [controller]);
  return (
    <div className="debrief-backdrop">
      <div className="debrief" role="dialog" aria-modal="true" aria-labelledby="debrief-title" data-testid="debrief" data-ready={final !== 'loading' && final !== null}>
        <header className="debrief-head">
          <h2 id="debrief-title">{t(exam ? 'exam.submit.title' : 'debrief.title')}</h2>
          <button ref={closeButton} type="button" className="btn" data-testid="close-debrief" onClick={() => ui.setState({ debriefOpen: false })}>
            {t('debrief.close')}
          </button>
        </header>
        {/* An exam's debrief (score, missed moments, the ghost run) is the assessor's: the candidate writes the report and hands in the file. */}
        {final === 'loading' ? <p className="muted">{t('debrief.loading')}</p> : final === null ? <p>{t('debrief.unavailable')}</p> : exam ? <ExamSubmit final={final} /> : <DebriefBody final={final} />}
      </div>
    </div>
  );
}

export function Debrief() {
  const open = useUi((s) => s.debriefOpen);
  return open ? <DebriefDialog /> : null;
}
