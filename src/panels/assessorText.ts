/**
 * A verified candidate in words, in the assessor's language: the verification
 * findings, the key moments (the score's missed moments, then the entries that
 * moved it most) and the jury's CSV. Pure, and free of the engine: it reads the
 * plain records the verification worker sends.
 */
import { translateCode, type CodeContext } from '../i18n/codes';
import { formatNumber, formatTimeOfDay } from '../i18n/format';
import { channelName, translate, type Lang, type MessageKey } from '../i18n';
import type { AssessedCandidate } from '../worker/assessed';
import type { Finding } from '../../sim/exam/index';

export function findingText(f: Finding, lang: Lang): string {
  const key = `assessor.finding.${f.code}` as MessageKey;
  const text = translate(lang, key, f.params);
  return text === key ? f.text : text;
}

/** What the assessor reads under "reasons": why it failed, then the notes. */
export function reasons(c: AssessedCandidate, lang: Lang): string[] {
  if (c.status === 'unreadable') return [c.message];
  return [...c.problems, ...c.notes].map((f) => findingText(f, lang));
}

function context(c: AssessedCandidate, lang: Lang): CodeContext {
  return {
    lang,
    dayStart: c.dayStart,
    nameOf: (id) => c.adviserNames[id],
    channelOf: (id) => {
      const channel = c.channels.find((x) => x.id === id);
      return channel ? channelName(channel, lang) : undefined;
    },
  };
}

const signed = (points: number, lang: Lang) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${formatNumber(Math.abs(points), lang, 1)}`;

function leverName(lever: string, lang: Lang): string {
  const key = `action.${lever}` as MessageKey;
  const text = translate(lang, key);
  return text === key ? lever : text;
}

/** The missed moments in time order, then the largest entries: one sentence each. */
export function keyMoments(c: AssessedCandidate, lang: Lang): string[] {
  const ctx = context(c, lang);
  const missed = [...c.missed].sort((a, b) => a.at - b.at).map((m) => {
    // A missed moment may name a duty by its score entry's code: the entry's words serve.
    const text = translateCode('score.missed', m.code, m.params, '', ctx) || translateCode('score.entry', m.code, m.params, m.text, ctx);
    return translate(lang, 'assessor.moment.missed', { time: formatTimeOfDay(c.dayStart + m.at), text, lever: leverName(m.lever, lang) });
  });
  const entries = c.topEntries.map((e) =>
    translate(lang, 'assessor.moment.entry', {
      time: formatTimeOfDay(c.dayStart + e.at),
      points: signed(e.points, lang),
      block: translate(lang, `score.block.${e.block}`),
      text: translateCode('score.entry', e.code, e.params, e.text, ctx),
    }),
  );
  return [...missed, ...entries];
}
