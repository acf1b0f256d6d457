/**
 * Numbers in the report's language: fr `83,4 %`, `1 234`; en `83.4%`, `1,234`.
 * Tables (HTML) group thousands; files for spreadsheets (CSV) do not, and keep
 * the language's decimal mark.
 */
import type { ReportLang } from './labels';
import type { NumberCell, NumberFormat } from './model';

const locales: Record<ReportLang, string> = { fr: 'fr-FR', en: 'en-GB' };
const digits: Record<NumberFormat, number> = { percent: 1, seconds: 0, count: 0, money: 2, points: 1, decimal: 2 };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: ReportLang, f: NumberFormat, grouping: boolean, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${f}|${grouping}|${signed}`;
  let nf = cache.get(key);
  if (!nf) {
    const d = digits[f];
    nf = new Intl.NumberFormat(locales[lang], {
      ...(f === 'percent' ? { style: 'percent' as const } : {}),
      minimumFractionDigits: d,
      maximumFractionDigits: d,
      useGrouping: grouping,
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
    });
    cache.set(key, nf);
  }
  return nf;
}

/** A number cell for reading (tables): '—' when there is nothing to show. */
export function formatCell(cell: NumberCell, lang: ReportLang): string {
  if (cell.n === null) return '—';
  return formatter(lang, cell.f, true, cell.signed === true).format(cell.n);
}

/** A number cell for a spreadsheet: no thousands separator, the language's decimal mark; '' when empty. */
export function formatCsvCell(cell: NumberCell, lang: ReportLang): string {
  if (cell.n === null) return '';
  // Spaces (fr uses narrow no-break spaces before %) would make a spreadsheet read text.
  return formatter(lang, cell.f, false, cell.signed === true).format(cell.n).replace(/[\s\u202f\u00a0]/g, '');
}
