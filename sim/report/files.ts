/**
 * The shift report as data: JSON (rows as objects keyed by column, raw
 * numbers) and CSV for a spreadsheet (RFC 4180 quoting, CRLF; sections one
 * after the other: a title row, a header row, the rows, a blank row; fr uses
 * `;` and the decimal comma, en `,`).
 */
import { formatCsvCell } from './format';
import { isNumberCell, type Cell, type ReportModel } from './model';

export const REPORT_FORMAT_VERSION = 1;

const raw = (c: Cell) => (c === null ? null : isNumberCell(c) ? c.n : c);

export function reportJson(model: ReportModel): unknown {
  return {
    format: 'shift-report',
    version: REPORT_FORMAT_VERSION,
    lang: model.lang,
    title: model.title,
    subtitle: model.subtitle,
    meta: model.meta,
    scenario: model.scenario,
    seed: model.seed,
    score: model.score,
    sections: model.sections.map((s) =>
      s.kind === 'text'
        ? { id: s.id, title: s.title, text: s.text }
        : {
            id: s.id,
            title: s.title,
            columns: s.columns,
            rows: s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c.key, raw(r[i] ?? null)]))),
          },
    ),
  };
}

export function renderReportJson(model: ReportModel): string {
  return JSON.stringify(reportJson(model), null, 1) + '\n';
}

/** One CSV field: quoted when it holds the separator, a quote or a line break (quotes doubled). */
export function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvSeparator(lang: ReportModel['lang']): ';' | ',' {
  return lang === 'fr' ? ';' : ',';
}

export function renderReportCsv(model: ReportModel): string {
  const sep = csvSeparator(model.lang);
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, sep)).join(sep);
  const lines: string[] = [line([model.title, model.subtitle]), line([model.meta]), ''];
  for (const s of model.sections) {
    lines.push(line([s.title]));
    if (s.kind === 'text') {
      lines.push(line([s.text]));
    } else {
      lines.push(line(s.columns.map((c) => c.label)));
      for (const r of s.rows) lines.push(line(r.map((c) => (c === null ? '' : isNumberCell(c) ? formatCsvCell(c, model.lang) : c))));
    }
    lines.push('');
  }
  return lines.join('\r\n');
}
