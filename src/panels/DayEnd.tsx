/**
 * A multi-day campaign between days: once a day's shift is over, its end-of-day
 * screen (what carries over, the day's debrief) and the way into the next morning;
 * after the last day, the campaign summary: one row per day and the last day's
 * debrief. An exam's days show no score, as its console does not.
 */
import { useEffect, useRef } from 'react';
import type { DayEnd } from '../worker/protocol';
import { channelName } from '../i18n';
import { formatDayDate, formatNumber, formatPercent } from '../i18n/format';
import { useConsole, useSim, useT, useUi } from '../app/context';
import { useExam } from '../app/exam';
import { CarryOver, carriedTotals } from './CarryOver';
import { DebriefBody } from './Debrief';
import { downloadText } from './download';
import { renderTimesheetCsv, timesheetFileName } from '../../sim/report/timesheet';
import { entryText, signedPoints } from './ScoreBadge';
import { ExamSubmit } from './ExamSubmit';

function DayEndSheet({ dayEnd }: { dayEnd: DayEnd }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const exam = useExam();
  const next = dayEnd.next!;
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => nextButton.current?.focus(), []);
  const closed = dayEnd.closedAhead.map((d) => formatDayDate(d.date, lang)).join(', ');
  return (
    <div className="debrief-backdrop">
      <div className="debrief day-end" role="dialog" aria-modal="true" aria-labelledby="day-end-title" data-testid="day-end" data-day={dayEnd.day.day}>
        <header className="debrief-head">
          <h2 id="day-end-title">{t('campaign.dayEnd.title', { day: dayEnd.day.day, date: formatDayDate(dayEnd.day.date, lang) })}</h2>
          <div className="day-end-actions">
            <button type="button" className="btn ghost" onClick={() => controller.backToPicker()}>
              {t('picker.change')}
            </button>
            <button ref={nextButton} type="button" className="btn primary" data-testid="next-day" title={t('campaign.next.help')} onClick={() => void controller.nextDay()}>
              {t('campaign.next', { day: next.day, date: formatDayDate(next.date, lang) })}
            </button>
          </div>
        </header>
        {closed ? <p className="muted" data-testid="day-closed-ahead">{t('campaign.closedAhead', { days: closed })}</p> : null}
        <CarryOver day={dayEnd.day} />
        {dayEnd.final && !exam ? <DebriefBody final={dayEnd.final} /> : null}
      </div>
    </div>
  );
}

function CampaignSummary({ dayEnd }: { dayEnd: DayEnd }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const exam = useExam();
  // Select the store's own array (a filtered copy per read would re-render forever), then filter.
  const channels = useSim((s) => s.scenario?.channels);
  const voice = (channels ?? []).filter((c) => c.kind === 'voice');
  const run = dayEnd.campaign;
  const days = run?.byDay ?? [dayEnd.day];
  const total = run?.score.total ?? null;
  return (
    <div className="debrief-backdrop">
      <div className="debrief campaign-summary" role="dialog" aria-modal="true" aria-labelledby="campaign-summary-title" data-testid="campaign-summary">
        <header className="debrief-head">
          <h2 id="campaign-summary-title">{t('campaign.summary.title')}</h2>
          <button type="button" className="btn ghost" onClick={() => controller.backToPicker()}>
            {t('picker.change')}
          </button>
        </header>
        {!exam && total !== null ? <p className="campaign-score" data-testid="campaign-score">{t('campaign.summary.overall', { score: formatNumber(total, lang, 1) })}</p> : null}
        {!exam && run && run.score.entries.length > 0 ? <RunEntries entries={run.score.entries} /> : null}
        {run && dayEnd.timesheet ? (
          <button type="button" className="btn" data-testid="campaign-timesheet-download" title={t('report.exportTimesheet.help')}
            onClick={() => downloadText(timesheetFileName(run.scenario.id, run.seed), renderTimesheetCsv(dayEnd.timesheet!), 'text/csv;charset=utf-8')}>
            {t('campaign.summary.timesheet')}
          </button>
        ) : null}
        <table className="dash-table campaign-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.summary.day')}</th>
              <th scope="col">{t('campaign.summary.date')}</th>
              <th scope="col">{t('campaign.summary.status')}</th>
              {voice.map((c) => [
                <th scope="col" key={`${c.id}-sl`}>{t('campaign.summary.serviceLevel', { channel: channelName(c, lang) })}</th>,
                <th scope="col" key={`${c.id}-ab`}>{t('campaign.summary.abandons', { channel: channelName(c, lang) })}</th>,
              ])}
              {exam ? null : <th scope="col">{t('campaign.summary.score')}</th>}
              <th scope="col">{t('campaign.summary.carriedOut')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} data-testid="campaign-day-row" data-status={d.status}>
                <td>{d.day}</td>
                <td>{formatDayDate(d.date, lang)}</td>
                <td>{t(`campaign.status.${d.status}`)}</td>
                {voice.map((c) => {
                  const k = d.kpis?.byChannel[c.id];
                  return [<td key={`${c.id}-sl`}>{k ? formatPercent(k.serviceLevel, lang) : '—'}</td>, <td key={`${c.id}-ab`}>{k ? formatNumber(k.abandoned, lang) : '—'}</td>];
                })}
                {exam ? null : <td>{d.score ? formatNumber(d.score.total, lang, 1) : '—'}</td>}
                <td>{t('campaign.summary.carriedOutValue', carriedTotals(d.carriedOut))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CarryOver day={dayEnd.day} />
        {dayEnd.final && exam ? <ExamSubmit final={dayEnd.final} /> : null}
        {dayEnd.final && !exam ? (
          <section className="debrief-section">
            <h3>{t('campaign.summary.lastDay')}</h3>
            <DebriefBody final={dayEnd.final} />
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** What only the whole run is judged on (the hires, their ramp-up), each with its day and its points on the block. */
function RunEntries({ entries }: { entries: NonNullable<DayEnd['campaign']>['score']['entries'] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <ul className="campaign-entries" data-testid="campaign-entries">
      {entries.map((e, i) => (
        <li key={i}>
          {t('campaign.summary.entry', { day: e.day, block: t(`score.block.${e.block}`), points: signedPoints(e.points, lang), text: entryText(e, { lang }) })}
        </li>
      ))}
    </ul>
  );
}

/** Shown over the console once a campaign day has ended. */
export function DayEndScreen() {
  const dayEnd = useSim((s) => s.dayEnd);
  if (!dayEnd) return null;
  return dayEnd.next ? <DayEndSheet dayEnd={dayEnd} /> : <CampaignSummary dayEnd={dayEnd} />;
}
