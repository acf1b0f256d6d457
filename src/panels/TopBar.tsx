/** Header: scenario, simulated clock, play/pause/speed, the debrief at the end, score, language. */
import { formatClock, formatDayDate } from '../i18n/format';
import { speeds, type Speed } from '../worker/pacer';
import { channelName } from '../i18n';
import { useConsole, useSim, useT, useUi } from '../app/context';
import { useExam } from '../app/exam';
import { Score } from './ScoreBadge';
import { SupervisorStatus } from './SupervisorStatus';

function SimClock() {
  const t = useT();
  const clock = useSim((s) => (s.snapshot ? formatClock(s.snapshot.clockSeconds) : '--:--:--'));
  const finished = useSim((s) => s.snapshot?.finished ?? false);
  return (
    <div className="clock" title={t('controls.clock')}>
      <span data-testid="sim-clock" className="clock-time" aria-live="off">
        {clock}
      </span>
      {finished ? <span className="clock-finished">{t('controls.finished')}</span> : null}
    </div>
  );
}

/** A multi-day campaign: which day of the run, and its date. */
function SimDay() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const day = useSim((s) => s.day);
  if (!day) return null;
  return (
    <span className="sim-day" data-testid="sim-day" data-day={day.day} title={t('campaign.day.help')}>
      {t('campaign.day', { day: day.day, days: day.days, date: formatDayDate(day.date, lang) })}
    </span>
  );
}

function SpeedControls() {
  const t = useT();
  const { controller } = useConsole();
  const playing = useUi((s) => s.playing);
  const speed = useUi((s) => s.speed);
  return (
    <div className="speed-controls" role="group" aria-label={t('controls.speed')}>
      <button type="button" data-testid="play" className="btn icon-btn" aria-pressed={playing} onClick={() => controller.play()} title={t('controls.play')}>
        <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4l13 8-13 8z" fill="currentColor" /></svg>
        <span className="sr-only">{t('controls.play')}</span>
      </button>
      <button type="button" data-testid="pause" className="btn icon-btn" aria-pressed={!playing} onClick={() => controller.pause()} title={t('controls.pause')}>
        <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 4h4v16H6zM14 4h4v16h-4z" fill="currentColor" /></svg>
        <span className="sr-only">{t('controls.pause')}</span>
      </button>
      <label className="speed-label">
        <span className="sr-only">{t('controls.speed')}</span>
        <select
          data-testid="speed"
          value={String(speed)}
          onChange={(e) => controller.setSpeed((e.target.value === 'end' ? 'end' : Number(e.target.value)) as Speed)}
        >
          {speeds.map((s) => (
            <option key={s} value={String(s)}>
              {s === 'end' ? t('controls.speedEnd') : `${s}×`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** When the shift is over: the way into the debrief and the report. */
function OpenDebrief() {
  const t = useT();
  const { ui } = useConsole();
  const finished = useSim((s) => s.snapshot?.finished ?? false);
  const exam = useExam();
  if (!finished) return null;
  return (
    <button type="button" className="btn primary" data-testid="open-debrief" title={t(exam ? 'exam.submit.open.help' : 'debrief.open.help')} onClick={() => ui.setState({ debriefOpen: true })}>
      {t(exam ? 'exam.submit.open' : 'debrief.open')}
    </button>
  );
}

export function TopBar() {
  const t = useT();
  const { ui, controller } = useConsole();
  const lang = useUi((s) => s.lang);
  const scenario = useSim((s) => s.scenario);
  const channels = scenario?.channels.map((c) => channelName(c, lang)).join(' · ');
  const exam = useExam();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1>{t('app.title')}</h1>
          <div className="scenario-name" title={channels}>
            {scenario ? scenario.title[lang] : ''}
          </div>
        </div>
      </div>
      <SimDay />
      <SimClock />
      <SpeedControls />
      <SupervisorStatus />
      <div className="topbar-right">
        <OpenDebrief />
        {/* An exam shows no live score: it would tell the candidate what the judge rewards. */}
        {exam ? (
          <span className="exam-marker" data-testid="exam-marker" title={t('exam.marker.help')}>
            {t('exam.marker')}
          </span>
        ) : (
          <Score />
        )}
        <button
          type="button"
          className="btn ghost"
          data-testid="dashboard-open"
          title={t('dash.open.help')}
          aria-keyshortcuts="D"
          onClick={() => ui.setState({ dashboardOpen: true })}
        >
          {t('dash.open')}
        </button>
        <button type="button" className="btn ghost" onClick={() => controller.backToPicker()}>
          {t('picker.change')}
        </button>
        <button
          type="button"
          className="btn ghost"
          data-testid="lang-switch"
          aria-label={t('lang.switchLabel')}
          onClick={() => ui.setState({ lang: lang === 'fr' ? 'en' : 'fr' })}
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}
