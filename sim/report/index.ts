/**
 * The end-of-shift report (DOMAIN.md §1, block 3 "report & propose"): one
 * model, three renderings (printable HTML, JSON, CSV), in French or English.
 *
 *   const model = buildReport({ scenario, result, lang: 'fr', analysis, proposals });
 *   renderReport(model, 'html');
 *
 * It imports nothing at run time from the rest of the engine, so the page can
 * build reports without loading the engine on its main thread.
 */
import { renderReportCsv, renderReportJson } from './files';
import { renderReportHtml } from './html';
import type { ReportModel } from './model';

export { buildReport } from './build';
export { clockOf, secondsOf } from './clock';
export { renderReportHtml, escapeHtml } from './html';
export { renderReportCsv, renderReportJson, reportJson, csvField, csvSeparator } from './files';
export type { ReportLang } from './labels';
export type { ReportBaseline, ReportInput, ReportModel, ReportResult, Section, TableSection, TextSection, Cell, NumberCell } from './model';

export type ReportFormat = 'html' | 'json' | 'csv';
export const reportFormats: readonly ReportFormat[] = ['html', 'json', 'csv'];

export const reportMimeTypes: Record<ReportFormat, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

export function renderReport(model: ReportModel, format: ReportFormat): string {
  if (format === 'html') return renderReportHtml(model);
  if (format === 'json') return renderReportJson(model);
  return renderReportCsv(model);
}

/** The format a file name asks for by its extension (.html/.htm, .json, .csv), or null. */
export function reportFormatOf(file: string): ReportFormat | null {
  const m = /\.([a-z]+)$/i.exec(file);
  const ext = m?.[1].toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return null;
}
