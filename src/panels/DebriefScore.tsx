/**
 * The debrief's judgement: each block's points (beside doing nothing), the
 * entries that explain them, grouped by block, and the biggest missed moments
 * with the lever that was available then.
 */
import type { MissedMoment, ScoreBlock } from '../../sim/snapshot';
import type { ReportResult } from '../../sim/report/index';
import { translateCode } from '../i18n/codes';
import { formatNumber, formatTimeOfDay } from '../i18n/format';
import type { Lang, MessageKey, Translate } from '../i18n';
import { useT, useUi } from '../app/context';
import { biggestMissed, scoreBlocks } from '../store/debrief';
import { entryText, signedPoints } from './ScoreBadge';

/** A command type in words (the action's label), else the type itself. */
export function leverName(lever: string, t: Translate): string {
  const key = `action.${lever}` as MessageKey;
  const text = t(key);
  return text === key ? lever : text;
}

function missedText(m: MissedMoment, lang: Lang, dayStart: number): string {
  return translateCode('score.missed', m.code, m.params, m.text, { lang, dayStart });
}

function BlockCard({ block, result, dayStart }: { block: ScoreBlock; result: ReportResult; dayStart: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const entries = result.score.entries.filter((e) => e.block === block);
  const ghost = result.baseline?.score.byBlock[block];
  return (
    <div className="debrief-block" data-testid="debrief-block" data-block={block}>
      <div className="debrief-block-head">
        <span className="debrief-block-name">{t(`score.block.${block}`)}</span>
        <span className="debrief-block-points">{formatNumber(result.score.byBlock[block], lang, 1)}</span>
        <span className="muted">/100</span>
      </div>
      {ghost !== undefined ? <div className="muted">{t('debrief.vsGhost', { points: formatNumber(ghost, lang, 1) })}</div> : null}
      <div className="muted debrief-block-help">{t(`score.block.${block}.help`)}</div>
      {entries.length === 0 ? (
        <p className="muted">{t('debrief.noEntries')}</p>
      ) : (
        <ul className="debrief-entries">
          {entries.map((e, i) => (
            <li key={i} data-testid="debrief-entry" className={e.points >= 0 ? 'gain' : 'loss'}>
              <span className="debrief-entry-time">{formatTimeOfDay(dayStart + e.at)}</span>
              <span className="debrief-entry-points">{signedPoints(e.points, lang)}</span>
              <span>{entryText(e, lang, dayStart)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function DebriefScore({ result, dayStart }: { result: ReportResult; dayStart: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const missed = biggestMissed(result.score.missed);
  return (
    <>
      <section className="debrief-section" aria-labelledby="debrief-score-title">
        <h3 id="debrief-score-title">
          {t('debrief.score')} · {t('score.label')} {formatNumber(result.score.total, lang, 1)}/100
          {result.baseline ? <span className="muted"> ({t('debrief.vsGhost', { points: formatNumber(result.baseline.score.total, lang, 1) })})</span> : null}
        </h3>
        <div className="debrief-blocks">
          {scoreBlocks.map((b) => (
            <BlockCard key={b} block={b} result={result} dayStart={dayStart} />
          ))}
        </div>
      </section>
      <section className="debrief-section" aria-labelledby="debrief-missed-title">
        <h3 id="debrief-missed-title">{t('debrief.missed')}</h3>
        {missed.length === 0 ? (
          <p className="muted">{t('debrief.noMissed')}</p>
        ) : (
          <ul className="debrief-missed">
            {missed.map((m, i) => (
              <li key={i} data-testid="debrief-missed">
                <span className="debrief-entry-time">{formatTimeOfDay(dayStart + m.at)}</span>
                <span className="count-pill">{t('debrief.duration', { minutes: formatNumber(m.minutes, lang) })}</span>
                <span>{missedText(m, lang, dayStart)}</span>
                <span className="debrief-lever">{t('debrief.lever', { lever: leverName(m.lever, t) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
