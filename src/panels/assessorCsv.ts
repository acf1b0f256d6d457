/**
 * The jury's CSV: one row per candidate (file, verification and its reasons,
 * exam, seed, engine, score and blocks, key moments, report text). RFC 4180
 * quoting, CRLF; French uses `;` and the decimal comma, English `,`, like the
 * shift report's CSV. Pure.
 */
import { csvField } from '../../sim/report/files';
import { translate, type Lang, type MessageKey } from '../i18n';
import type { AssessedCandidate } from '../worker/assessed';
import { keyMoments, reasons } from './assessorText';

const blocks = ['resources', 'people', 'improvement'] as const;

function decimal(n: number | undefined, lang: Lang): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  const text = String(Math.round(n * 10) / 10);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

export function assessorCsv(candidates: readonly AssessedCandidate[], lang: Lang): string {
  const t = (key: MessageKey) => translate(lang, key);
  const separator = lang === 'fr' ? ';' : ',';
  const header = [
    t('assessor.row.file'), t('assessor.row.status'), t('assessor.row.reasons'), t('assessor.row.exam'), t('assessor.row.seed'), t('assessor.row.engine'),
    t('assessor.row.total'), ...blocks.map((b) => t(`score.block.${b}`)), t('assessor.row.moments'), t('assessor.row.analysis'), t('assessor.row.proposals'),
  ];
  const rows = candidates.map((c) => [
    c.file,
    t(`assessor.status.${c.status}`),
    reasons(c, lang).join(' | '),
    c.title ? `${c.title[lang]} (${c.scenarioId})` : c.scenarioId,
    c.seed === null ? '' : String(c.seed),
    c.engineVersion,
    decimal(c.score?.total, lang),
    ...blocks.map((b) => decimal(c.score?.byBlock[b], lang)),
    keyMoments(c, lang).join(' | '),
    c.report?.analysis ?? '',
    c.report?.proposals ?? '',
  ]);
  return [header, ...rows].map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
