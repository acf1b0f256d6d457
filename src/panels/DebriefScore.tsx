/**
 * The debrief's judgement: each block's points (beside doing nothing), the
 * entries that explain them, grouped by block, and the biggest missed moments
 * with the lever that was available then.
 */
import type { MissedMoment, ScoreBlock } from '../../sim/snapshot';
import type { ReportResult } from '../../sim/report/index';
import { translateCode, type CodeContext } from '../i18n/codes';
import { formatNumber, formatTimeOfDay } from '../i18n/format';
import { channelName, type MessageKey, type Translate } from '../i18n';
import { useT, useUi } from '../app/context';
import { biggestMissed, scoreBlocks } from '../store/debrief';
import { entryText, signedPoints } from './ScoreBadge';

/** A command type in words (the action's label), else the type itself. */
export function leverName(lever: string, t: Translate): string {
  const key = `action.${lever}` as MessageKey;
  const text = t(key);
  return text === key ? lever : text;
}

/** A missed moment in words: its own key, else the words of the score entry with the same code, else the engine's English. */
export function missedText(m: MissedMoment, ctx: CodeContext): string {
  const own = translateCode('score.missed', m.code, m.params, '', ctx);
  return own !== '' ? own : translateCode('score.entry', m.code, m.params, m.text, ctx);
}

function BlockCard({ block, result, ctx }: { block: ScoreBlock; result: ReportResult; ctx: CodeContext & { dayStart: number } }) {
  const dayStart = ctx.dayStart;
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
              <span>{entryText(e, ctx)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function DebriefScore({ result, dayStart, channels }: { result: ReportResult; dayStart: number; channels: readonly { id: string; name?: { fr?: string; en?: string } }[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const missed = biggestMissed(result.score.missed);
  const channelOf = (id: string) => {
    const c = channels.find((x) => x.id === id);
    return c ? channelName(c, lang) : undefined;
  };
  const ctx = { lang, dayStart, channelOf };
  return (
    <>
      <section className="debrief-section" aria-labelledby="debrief-score-title">
        <h3 id="debrief-score-title">
          {t('debrief.score')} · {t('score.label')} {formatNumber(result.score.total, lang, 1)}/100
          {result.baseline ? <span className="muted"> ({t('debrief.vsGhost', { points: formatNumber(result.baseline.score.total, lang, 1) })})</span> : null}
        </h3>
        <div className="debrief-blocks">
          {scoreBlocks.map((b) => (
            <BlockCard key={b} block={b} result={result} ctx={ctx} />
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
                {m.minutes > 0 ? <span className="count-pill">{t('debrief.duration', { minutes: formatNumber(m.minutes, lang) })}</span> : null}
                <span>{missedText(m, ctx)}</span>
                <span className="debrief-lever">{t('debrief.lever', { lever: leverName(m.lever, t) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
