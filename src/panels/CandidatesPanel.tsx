/**
 * Recruitment (scenarios with candidates): the candidates as the supervisor
 * knows them (CV, the CV and test signals, interview notes once interviewed),
 * with shortlist, interview and hire. Shown only when the snapshot carries
 * candidates; the true aptitudes never reach the page before a hire.
 * The day played is the snapshot's (`hiring.day`): a start day must be a later one.
 */
import { useState } from 'react';
import type { CandidateSnapshot, Snapshot } from '../../sim/snapshot';
import type { MessageKey } from '../i18n';
import { useConsole, useSim, useT } from '../app/context';
import { whyText } from '../store/supervisorText';
import { ActionButton } from './ActionButton';
import './candidates.css';

type Hiring = NonNullable<Snapshot['hiring']>;

function CandidateRow({ c, hiring, day, snapshot }: { c: CandidateSnapshot; hiring: Hiring; day: number; snapshot: Snapshot }) {
  const t = useT();
  const { controller } = useConsole();
  const startDays = hiring.startDays.filter((d) => d > day);
  const [startDay, setStartDay] = useState<number | null>(null);
  const chosen = startDay !== null && startDays.includes(startDay) ? startDay : (startDays[0] ?? null);
  const busy = snapshot.supervisor.state !== 'available' ? whyText({ ok: false, why: 'supervisorBusy' }, snapshot, t) : '';
  const submit = (command: Record<string, unknown>) => void controller.submit({ candidateId: c.id, ...command }); // the worker stamps the time
  const interviewWhy = c.hired ? t('candidates.hired', { day: c.hired.startDay }) : c.interview ? t('candidates.interviewScore', { score: c.interview.score }) : busy;
  const hireWhy = c.hired ? t('candidates.hired', { day: c.hired.startDay }) : chosen === null ? t('candidates.noDay') : '';
  return (
    <li className="candidate-row" data-testid="candidate-row" data-candidate={c.id}>
      <div className="candidate-head">
        <strong>{c.name}</strong>
        {c.hired ? <span className="badge">{t('candidates.hired', { day: c.hired.startDay })}</span> : c.shortlisted ? <span className="badge">{t('candidates.shortlisted')}</span> : null}
      </div>
      <div className="muted">{t('candidates.experience', { years: c.cv.yearsExperience, job: c.cv.previousJob })}</div>
      <div className="muted">{c.cv.summary}</div>
      <div className="candidate-signals">
        <span>{t('candidates.cvScore', { score: Math.round(100 * c.signals.cvScore) })}</span>
        <span>{t('candidates.testScore', { score: c.signals.testScore })}</span>
        {c.interview ? <span data-testid="candidate-interview-score">{t('candidates.interviewScore', { score: c.interview.score })}</span> : null}
      </div>
      {c.interview ? <div className="muted" data-testid="candidate-note">{t(`candidates.note.${c.interview.noteCode}` as MessageKey)}</div> : null}
      <div className="candidate-actions">
        <ActionButton label={t('candidates.shortlist')} why={c.shortlisted ? t('candidates.shortlisted') : ''} onRun={() => (c.shortlisted ? undefined : submit({ type: 'shortlist' }))} testId="candidate-shortlist" />
        <ActionButton label={t('candidates.interview')} why={interviewWhy} onRun={() => (interviewWhy ? undefined : submit({ type: 'interview' }))} testId="candidate-interview" />
        <label>
          <span className="sr-only">{t('candidates.startDay')}</span>
          <select
            data-testid="candidate-start-day"
            aria-label={t('candidates.startDay')}
            value={chosen ?? ''}
            disabled={startDays.length === 0 || c.hired !== undefined}
            onChange={(e) => setStartDay(Number(e.target.value))}
          >
            {startDays.map((d) => (
              <option key={d} value={d}>{t('candidates.dayOption', { day: d })}</option>
            ))}
          </select>
        </label>
        <ActionButton label={t('candidates.hire')} why={hireWhy} onRun={() => (hireWhy || chosen === null ? undefined : submit({ type: 'hire', startDay: chosen }))} testId="candidate-hire" />
      </div>
    </li>
  );
}

export function CandidatesPanel() {
  const t = useT();
  // Candidates change only on a recruitment command, but the supervisor's state gates the interview: follow the snapshot while there are candidates.
  const snapshot = useSim((s) => (s.snapshot?.candidates ? s.snapshot : null));
  if (!snapshot?.candidates || !snapshot.hiring) return null;
  const hiring = snapshot.hiring;
  return (
    <section className="panel candidates" aria-labelledby="candidates-title" data-testid="candidates-panel">
      <h2 id="candidates-title" title={t('candidates.help', { positions: hiring.positions })}>
        {t('candidates.title')} <span className="count-pill">{hiring.filled}/{hiring.positions}</span>
      </h2>
      <ul>
        {snapshot.candidates.map((c) => (
          <CandidateRow key={c.id} c={c} hiring={hiring} day={hiring.day} snapshot={snapshot} />
        ))}
      </ul>
    </section>
  );
}
