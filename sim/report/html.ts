/**
 * The shift report as one printable, standalone HTML page: inline CSS with
 * print styles, no script, no external resource; every text is escaped.
 */
import { formatCell } from './format';
import { label } from './labels';
import { isNumberCell, type Cell, type ReportModel, type Section } from './model';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

const css = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; margin: 0 auto; padding: 24px 32px; max-width: 1100px; }
header { border-bottom: 2px solid #1f4e79; padding-bottom: 8px; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; color: #1f4e79; }
h2 { font-size: 16px; margin: 22px 0 6px; color: #1f4e79; border-bottom: 1px solid #d5dbe3; padding-bottom: 2px; }
.subtitle { font-size: 15px; }
.meta { color: #52606d; font-size: 12px; }
.blocks { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.block { border: 1px solid #d5dbe3; border-radius: 6px; padding: 8px 12px; min-width: 150px; }
.block .v { font-size: 22px; font-weight: 600; }
.block.total { background: #eef4fb; border-color: #1f4e79; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { border: 1px solid #d5dbe3; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f1f4f8; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.text p { margin: 0 0 8px; white-space: pre-wrap; }
.empty { color: #7b8794; font-style: italic; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  table { page-break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .block.total { background: none; }
}
@page { margin: 15mm; }
`;

function cellHtml(cell: Cell, lang: ReportModel['lang']): string {
  if (cell === null) return '<td></td>';
  if (isNumberCell(cell)) return `<td class="n">${escapeHtml(formatCell(cell, lang))}</td>`;
  return `<td>${escapeHtml(cell)}</td>`;
}

function sectionHtml(s: Section, lang: ReportModel['lang']): string {
  const title = `<h2>${escapeHtml(s.title)}</h2>`;
  if (s.kind === 'text') {
    const paragraphs = s.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    const body = paragraphs.length > 0
      ? paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
      : `<p class="empty">${escapeHtml(label(lang, 'noText'))}</p>`;
    return `<section class="text" id="${escapeHtml(s.id)}">${title}\n${body}</section>`;
  }
  if (s.rows.length === 0) return `<section id="${escapeHtml(s.id)}">${title}<p class="empty">${escapeHtml(label(lang, 'none'))}</p></section>`;
  const head = `<thead><tr>${s.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>\n${s.rows.map((r) => `<tr>${r.map((c) => cellHtml(c, lang)).join('')}</tr>`).join('\n')}\n</tbody>`;
  return `<section id="${escapeHtml(s.id)}">${title}\n<table>${head}\n${body}</table></section>`;
}

export function renderReportHtml(model: ReportModel): string {
  const lang = model.lang;
  const points = (n: number) => formatCell({ n, f: 'points' }, lang);
  const blocks = (['resources', 'people', 'improvement'] as const)
    .map((b) => `<div class="block" data-block="${b}"><div>${escapeHtml(label(lang, `block.${b}`))}</div><div class="v">${escapeHtml(points(model.score.byBlock[b]))}</div></div>`)
    .join('');
  const total = `<div class="block total" data-block="total"><div>${escapeHtml(label(lang, 'kpi.total'))}</div><div class="v">${escapeHtml(points(model.score.total))} / 100</div></div>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${model.title} — ${model.subtitle}`)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(model.title)}</h1>
<div class="subtitle">${escapeHtml(model.subtitle)}</div>
<div class="meta">${escapeHtml(model.meta)}</div>
<div class="blocks">${total}${blocks}</div>
</header>
<main>
${model.sections.filter((s) => s.id !== 'summary').map((s) => sectionHtml(s, lang)).join('\n')}
</main>
</body>
</html>
`;
}
