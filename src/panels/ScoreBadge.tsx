/**
 * The live score in the top bar: the total out of 100, its three blocks
 * (resources, people, improvement; DOMAIN.md §6) and the trend since the
 * previous interval. Hover or focus for what each block judges and the last
 * few reasons the score moved. The page's interim formula stands in only
 * when a snapshot carries no score.
 */
import type { ScoreEntry, ScoreSnapshot } from '../../sim/snapshot';
import { translateCode, type CodeContext } from '../i18n/codes';
import { formatNumber, formatPercent, formatTimeOfDay } from '../i18n/format';
import { channelName, type Lang, type Translate } from '../i18n';
import { scoreBlocks, scoreTrend } from '../store/debrief';
import { snapshotScore } from '../store/score';
import { useSim, useT, useUi } from '../app/context';

/** A score entry in the user's language ("10:12 +4 Resources: overflow opened…"). */
export function entryText(entry: ScoreEntry, ctx: CodeContext): string {
  return translateCode('score.entry', entry.code, entry.params, entry.text, ctx);
}

export function signedPoints(points: number, lang: Lang): string {
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${formatNumber(Math.abs(points), lang, 1)}`;
}

function scoreHelp(score: ScoreSnapshot, t: Translate, ctx: CodeContext & { dayStart: number }): string {
  const { lang, dayStart } = ctx;
  const trend = scoreTrend(score);
  const lines = [
    t('score.blocksHelp'),
    ...scoreBlocks.map((b) =>
      t('score.blockLine', {
        block: t(`score.block.${b}`),
        points: formatNumber(score.byBlock[b], lang, 1),
        weight: formatPercent(score.weights[b], lang, 0),
        help: t(`score.block.${b}.help`),
      }),
    ),
    t(`score.trend.${trend.direction}`, { delta: signedPoints(trend.delta, lang) }),
  ];
  const recent = score.entries.slice(-4);
  if (recent.length > 0) {
    lines.push(t('score.recent'));
    for (const e of recent) {
      lines.push(t('score.entryLine', { time: formatTimeOfDay(dayStart + e.at), points: signedPoints(e.points, lang), block: t(`score.block.${e.block}`), text: entryText(e, ctx) }));
    }
  }
  return lines.join('\n');
}

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;

export function Score() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const score = useSim((s) => s.snapshot?.score);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const interim = useSim((s) => (s.snapshot && !s.snapshot.score ? (snapshotScore(s.snapshot)?.total ?? null) : null));
  const total = score ? score.total : interim;
  const channels = useSim((s) => s.scenario?.channels);
  const channelOf = (id: string) => {
    const c = channels?.find((x) => x.id === id);
    return c ? channelName(c, lang) : undefined;
  };
  const help = score ? scoreHelp(score, t, { lang, dayStart, channelOf }) : t('score.help');
  const value = total === null ? '—' : formatNumber(total, lang);
  const trend = score ? scoreTrend(score) : null;
  return (
    <div className="score" data-testid="score" title={help} data-value={total ?? ''} data-trend={trend?.direction ?? ''} tabIndex={0} aria-label={`${t('score.label')}: ${value} / 100. ${help}`}>
      <span className="score-label">{t('score.label')}</span>
      <span className="score-value">{value}</span>
      <span className="score-max">/100</span>
      {trend ? (
        <span className={`score-trend ${trend.direction}`} aria-hidden="true">
          {arrows[trend.direction]}
        </span>
      ) : null}
      {score ? (
        <span className="score-blocks" aria-hidden="true">
          {scoreBlocks.map((b) => (
            <span key={b} className="score-block" data-block={b} data-value={score.byBlock[b]} style={{ ['--fill' as string]: `${Math.max(0, Math.min(100, score.byBlock[b]))}%` }}>
              <span className="score-block-name">{t(`score.block.${b}`).slice(0, 1)}</span>
              <span className="score-block-bar" />
              <span className="score-block-value">{formatNumber(score.byBlock[b], lang)}</span>
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}
