/** The adviser as a person: fatigue, stress and mood bars, observed quality, time worked since a pause. */
import type { AdviserSnapshot } from '../../sim/snapshot';
import type { MessageKey } from '../i18n';
import { formatHoursMinutes, formatNumber, formatPercent } from '../i18n/format';
import { workLimits, workWarnings } from '../store/actionRules';
import { useT, useUi } from '../app/context';

/** A level is "high" (or, for mood, "low") from here: the bar turns amber and says so. */
const concern = 0.6;

function Factor({ id, value, invert }: { id: 'fatigue' | 'stress' | 'mood'; value: number; invert?: boolean }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const v = Math.min(1, Math.max(0, value));
  const bad = invert ? v <= 1 - concern : v >= concern;
  const label = t(`factor.${id}` as MessageKey);
  return (
    <div className={`factor${bad ? ' factor-bad' : ''}`} title={t(`factor.${id}.help` as MessageKey)}>
      <span className="factor-label">{label}</span>
      <span className="factor-bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v * 100)}>
        <span style={{ width: `${v * 100}%` }} />
      </span>
      <span className="factor-value">
        {formatPercent(v, lang, 0)}
        {bad ? ` · ${t(invert ? 'factor.low' : 'factor.high')}` : ''}
      </span>
    </div>
  );
}

export function HumanFactors({ adviser }: { adviser: AdviserSnapshot }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const warn = workWarnings(adviser);
  return (
    <div className="human" data-testid="human-factors">
      <Factor id="fatigue" value={adviser.fatigue} />
      <Factor id="stress" value={adviser.stress} />
      <Factor id="mood" value={adviser.mood} invert />
      <dl className="card-facts">
        <dt>{t('card.quality')}</dt>
        <dd data-testid="card-quality">
          {adviser.observedQuality === null ? <span className="muted">{t('card.qualityUnknown')}</span> : t('card.qualityValue', { value: formatNumber(adviser.observedQuality, lang) })}
        </dd>
        <dt>{t('card.sincePause')}</dt>
        <dd className={warn.pause ? 'warn-text' : ''} title={t('card.sincePause.help', { limit: formatHoursMinutes(workLimits.sincePause) })}>
          {formatHoursMinutes(adviser.workedSincePause)}
          {warn.pause ? ` · ${t('card.pauseDue')}` : ''}
        </dd>
        <dt>{t('card.sinceLongBreak')}</dt>
        <dd className={warn.longBreak ? 'warn-text' : ''} title={t('card.sinceLongBreak.help', { limit: formatHoursMinutes(workLimits.sinceLongBreak) })}>
          {formatHoursMinutes(adviser.workedSinceLongBreak)}
          {warn.longBreak ? ` · ${t('card.longBreakDue')}` : ''}
        </dd>
      </dl>
    </div>
  );
}
