/** Header: scenario, simulated clock, play/pause/speed, score, language. */
import { formatClock, formatNumber } from '../i18n/format';
import { snapshotScore } from '../store/score';
import { speeds, type Speed } from '../worker/pacer';
import { channelName, type MessageKey, type Translate } from '../i18n';
import { useConsole, useSim, useT, useUi } from '../app/context';
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

/** A translation, or `fallback` when the dictionary has no such key (score parts the engine may add). */
function optional(t: Translate, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

/**
 * The engine's live score out of 100 and its parts (hover for each part's
 * points and meaning). The page's interim formula stands in only when a
 * snapshot carries no score.
 */
function Score() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const score = useSim((s) => s.snapshot?.score);
  const interim = useSim((s) => (s.snapshot && !s.snapshot.score ? (snapshotScore(s.snapshot)?.total ?? null) : null));
  const total = score ? score.total : interim;
  const parts = score ? Object.entries(score.byBlock).map(([name, points]) => [name, { points, max: 100 }] as const) : [];
  const help = score
    ? [
        t('score.engineHelp'),
        ...parts.map(([name, p]) =>
          t('score.partLine', {
            part: optional(t, `score.part.${name}`, name),
            points: formatNumber(p.points, lang, 1),
            max: formatNumber(p.max, lang),
            help: optional(t, `score.part.${name}.help`, ''),
          }).replace(/ — $/, ''),
        ),
      ].join('\n')
    : t('score.help');
  const value = total === null ? '—' : formatNumber(total, lang);
  return (
    <div className="score" data-testid="score" title={help} data-value={total ?? ''} tabIndex={0} aria-label={`${t('score.label')}: ${value} / 100. ${help}`}>
      <span className="score-label">{t('score.label')}</span>
      <span className="score-value">{value}</span>
      <span className="score-max">/100</span>
      {parts.length > 0 ? (
        <span className="score-parts" aria-hidden="true">
          {parts.map(([name, p]) => (
            <span key={name} className="score-part" style={{ ['--fill' as string]: `${p.max > 0 ? (100 * p.points) / p.max : 0}%` }} data-part={name} />
          ))}
        </span>
      ) : null}
    </div>
  );
}

export function TopBar() {
  const t = useT();
  const { ui, controller } = useConsole();
  const lang = useUi((s) => s.lang);
  const scenario = useSim((s) => s.scenario);
  const channels = scenario?.channels.map((c) => channelName(c, lang)).join(' · ');
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
      <SimClock />
      <SpeedControls />
      <SupervisorStatus />
      <div className="topbar-right">
        <Score />
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
