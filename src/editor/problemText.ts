/**
 * Scenario problems in words: the JSON path without its "$." and the
 * validator's message made readable, in French or English. Messages the
 * patterns do not know are shown as the engine wrote them (English).
 */
import type { Lang } from '../i18n';

export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * Files past this are refused by the page without being read or sent to the
 * worker. Far above the engine's own limit on a scenario file's size (which
 * names it for anything smaller): this bound only keeps junk out of memory.
 */
export const maxImportBytes = 50 * 1024 * 1024;

/** A message longer than this is cut: one junk file must not fill the page. */
const maxMessageChars = 240;

const words = {
  en: {
    positive: (got: string) => `expected a positive number, got ${got}`,
    bound: (op: string, n: string, got: string) => `expected a number ${op} ${n}, got ${got}`,
    type: (want: string, got: string) => `expected ${want}, got ${got}`,
    missing: (want: string) => `missing (expected ${want})`,
    oneOf: (list: string, got: string) => `expected one of ${list}, got ${got}`,
    unknown: (keys: string) => `unknown field(s): ${keys}`,
    json: (detail: string) => `not valid JSON (${detail})`,
    whole: 'the file',
    tooLarge: (mb: string) => `the file is ${mb} MB, far too large to be a scenario`,
    limitSize: (mb: string, max: string) => `the file is ${mb} MB; a scenario file may be at most ${max} MB`,
  },
  fr: {
    positive: (got: string) => `nombre positif attendu, reçu ${got}`,
    bound: (op: string, n: string, got: string) => `nombre ${op} ${n} attendu, reçu ${got}`,
    type: (want: string, got: string) => `${want} attendu, reçu ${got}`,
    missing: (want: string) => `manquant (${want} attendu)`,
    oneOf: (list: string, got: string) => `une valeur parmi ${list} attendue, reçu ${got}`,
    unknown: (keys: string) => `champ(s) inconnu(s) : ${keys}`,
    json: (detail: string) => `ce n'est pas du JSON valide (${detail})`,
    whole: 'le fichier',
    tooLarge: (mb: string) => `le fichier pèse ${mb} Mo, bien trop pour un scénario`,
    limitSize: (mb: string, max: string) => `le fichier pèse ${mb} Mo ; un scénario fait au plus ${max} Mo`,
  },
} as const;

const typeWords: Record<Lang, Record<string, string>> = {
  en: { number: 'a number', string: 'a text', object: 'an object', array: 'a list', boolean: 'true or false' },
  fr: { number: 'un nombre', string: 'un texte', object: 'un objet', array: 'une liste', boolean: 'true ou false' },
};
const ops: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

function cut(text: string): string {
  return text.length > maxMessageChars ? text.slice(0, maxMessageChars - 1) + '…' : text;
}

/** "channels[0].handleTime.mean" for "$.channels[0].handleTime.mean"; the file itself for "$". */
export function readablePath(path: string, lang: Lang): string {
  if (path === '$' || path === '') return words[lang].whole;
  return path.replace(/^\$\.?/, '');
}

export function readableMessage(message: string, lang: Lang): string {
  const w = words[lang];
  const type = (t: string) => typeWords[lang][t] ?? t;
  let m: RegExpExecArray | null;
  if ((m = /^Too (?:small|big): expected number to be >0, got (.+)$/.exec(message))) return w.positive(m[1]);
  if ((m = /^Too (?:small|big): expected number to be (>=|<=|>|<)(-?[\d.e+]+), got (.+)$/.exec(message))) return w.bound(ops[m[1]], m[2], m[3]);
  if ((m = /^Invalid input: expected (\w+), received (\w+)(?:, got (.+))?$/.exec(message))) return cut(w.type(type(m[1]), m[3] ?? type(m[2])));
  if ((m = /^missing \(expected (\w+)\)$/.exec(message))) return w.missing(type(m[1]));
  if ((m = /^Invalid option: expected one of (.+), got (.+)$/.exec(message))) return cut(w.oneOf(m[1].split('|').join(', '), m[2]));
  if ((m = /^unknown field\(s\): (.+)$/.exec(message))) return cut(w.unknown(m[1]));
  if ((m = /^not valid JSON: (.+)$/s.exec(message))) return cut(w.json(m[1].replace(/\s+/g, ' ')));
  if ((m = /^([\d.]+) MB: a scenario file may be at most ([\d.]+) MB$/.exec(message))) return w.limitSize(m[1], m[2]);
  return cut(message);
}

/** One line a problem: "channels[0].handleTime.mean: expected a positive number, got -3". */
export function problemLine(p: Problem, lang: Lang): string {
  return `${readablePath(p.path, lang)}: ${readableMessage(p.message, lang)}`;
}

/** The one line for a file too large to read, or null when its size is fine. */
export function sizeProblem(bytes: number, lang: Lang): Problem | null {
  if (bytes <= maxImportBytes) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return { path: '$', message: words[lang].tooLarge(mb(bytes)) };
}
