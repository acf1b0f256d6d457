import { describe, expect, it } from 'vitest';
import { createSimulation, type ScoreEntry } from '../../../sim/index';
import { buildReport, csvField, renderReportCsv, renderReportHtml, renderReportJson, reportFormatOf, type ReportResult } from '../../../sim/report/index';
import { loadScenario } from '../helpers';

const scenario = loadScenario('scenarios/training/multichannel-tuesday.json');

/** One real run with a few commands, plus a hand-built ghost run and score entries. */
function fixture(): ReportResult {
  const sim = createSimulation(scenario, {
    commands: [
      { at: 1800, type: 'recordAbsence', adviserId: 'nobody' },
      { at: 3600, type: 'recordLateness', adviserId: 'advisers' in scenario.team ? scenario.team.advisers[0].id : 'a01', minutes: 12 },
    ],
  });
  sim.runToEnd();
  const result = sim.result();
  const score = {
    ...result.score,
    total: 61.2,
    byBlock: { resources: 58.5, people: 70, improvement: 60 },
    entries: <ScoreEntry[]>[
      { at: 600, block: 'people' as const, points: 4, code: 'handAnswered', params: { adviser: 'Léa <b>', time: '08:10' }, text: 'Hand of Léa answered' },
      { at: 900, block: 'improvement' as const, points: -2.5, code: 'someFutureCode', params: {}, text: 'English only, "quoted", a;b' },
    ],
    missed: [{ at: 1200, minutes: 25, code: 'lowServiceLevel', lever: 'openOverflow', params: {}, text: 'Service level below target for 25 min' }],
  };
  const ghostKpis = { ...result.kpis, occupancy: 0.5 };
  return { ...result, score, baseline: { score: { total: 50, byBlock: { resources: 50, people: 50, improvement: 50 } }, kpis: ghostKpis } };
}

const result = fixture();
const analysis = 'The 10:00 surge <hurt> us.\n\nWe should open overflow "earlier"; 2nd point, here.';
const proposals = 'Train two more advisers on email.';

describe('shift report', () => {
  it('gathers every section the report needs, in the user language', () => {
    const model = buildReport({ scenario, result, lang: 'fr', analysis, proposals });
    expect(model.title).toBe('Compte rendu de vacation');
    expect(model.sections.map((s) => s.id)).toEqual([
      'summary', 'kpis', 'intervals', 'events', 'activity', 'actions', 'admin', 'costs', 'recordings', 'breaches', 'score', 'entries', 'missed', 'baseline', 'analysis', 'proposals',
    ]);
    const actions = model.sections.find((s) => s.id === 'actions');
    const rows = actions?.kind === 'table' ? actions.rows : [];
    expect(rows.map((r) => [r[1], r[2]]).sort()).toEqual([['recordAbsence', 'refusée'], ['recordLateness', 'appliquée']]);
    expect(rows.map((r) => r[0]).sort()).toEqual(['08:30', '09:00']); // clock times of day
    const entries = model.sections.find((s) => s.id === 'entries');
    // A known code is translated with its parameters; an unknown one falls back to the engine's English.
    expect(entries?.kind === 'table' && entries.rows.map((r) => r[3])).toEqual(['Main levée de Léa <b> prise à temps (08:10)', 'English only, "quoted", a;b']);
  });

  it('prints a standalone, escaped HTML page with French number formatting', () => {
    const html = renderReportHtml(buildReport({ scenario, result, lang: 'fr', analysis, proposals }));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('The 10:00 surge &lt;hurt&gt; us.');
    expect(html).toContain('<p>We should open overflow &quot;earlier&quot;; 2nd point, here.</p>');
    expect(html).toContain('Léa &lt;b&gt;');
    expect(html).not.toContain('<hurt>');
    expect(html).toMatch(/61,2 \/ 100/);
    expect(html).toMatch(/\d+,\d[\u202f\u00a0]%/); // 83,4 %
    expect(html).toContain('Sans intervention');
  });

  it('uses English labels and number formats in English', () => {
    const html = renderReportHtml(buildReport({ scenario, result, lang: 'en', analysis: '', proposals }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Shift report');
    expect(html).toMatch(/\d+\.\d%/);
    expect(html).toContain('(not written)');
    expect(html).toContain('Train two more advisers on email.');
  });

  it('writes JSON with raw numbers keyed by column', () => {
    const json = JSON.parse(renderReportJson(buildReport({ scenario, result, lang: 'en', analysis, proposals })));
    expect(json).toMatchObject({ format: 'shift-report', lang: 'en', score: { total: 61.2 } });
    const baseline = json.sections.find((s: { id: string }) => s.id === 'baseline');
    expect(baseline.rows[0]).toEqual({ kpi: 'Score total', yours: 61.2, ghost: 50, difference: expect.closeTo(11.2, 6) });
    expect(json.sections.find((s: { id: string }) => s.id === 'analysis').text).toBe(analysis);
  });

  it('writes CSV with RFC 4180 quoting: ; and decimal comma in French, , in English', () => {
    const fr = renderReportCsv(buildReport({ scenario, result, lang: 'fr', analysis, proposals }));
    const lines = fr.split('\r\n');
    expect(lines).toContain('Note par bloc');
    expect(lines).toContain('Note totale;61,2;');
    expect(fr).toContain('"English only, ""quoted"", a;b"');
    expect(fr).toContain(`"${analysis.replace(/"/g, '""')}"`);
    expect(fr).toMatch(/;\d+,\d%/);
    const en = renderReportCsv(buildReport({ scenario, result, lang: 'en', analysis, proposals }));
    expect(en.split('\r\n')).toContain('Score total,61.2,');
    expect(en).toContain('"English only, ""quoted"", a;b"');
  });

  it('puts each channel on one row against its target, with CSAT when customers answered the survey', () => {
    const kpisOf = (r: ReportResult) => {
      const s = buildReport({ scenario, result: r, lang: 'en' }).sections.find((x) => x.id === 'kpis');
      return s?.kind === 'table' ? s : null;
    };
    const silent = Object.fromEntries(Object.entries(result.kpis.byChannel).map(([id, k]) => [id, { ...k, csat: null, csatResponses: 0 }]));
    const plain = kpisOf({ ...result, kpis: { ...result.kpis, byChannel: silent } })!;
    expect(plain.columns.map((c) => c.key)).not.toContain('csat');
    const voice = plain.rows.find((r) => r[0] === 'Customer line' || r[0] === 'voice')!;
    expect(voice[3]).toEqual({ n: scenario.channels[0].serviceLevel.target, f: 'percent' });
    expect(['met', 'missed']).toContain(voice[4]);
    const byChannel = { ...result.kpis.byChannel, voice: { ...result.kpis.byChannel.voice, csat: 3.8, csatResponses: 12 } };
    const withCsat = kpisOf({ ...result, kpis: { ...result.kpis, byChannel } })!;
    const col = withCsat.columns.findIndex((c) => c.key === 'csat');
    expect(col).toBeGreaterThan(0);
    expect(withCsat.rows[0][col]).toEqual({ n: 3.8, f: 'decimal' });
  });

  it('says so when the result has no comparison run', () => {
    const { baseline: _b, ...without } = result;
    const model = buildReport({ scenario, result: without, lang: 'en' });
    const baseline = model.sections.find((s) => s.id === 'baseline');
    expect(baseline?.kind === 'table' && baseline.rows[0][0]).toBe('No comparison run in this result.');
  });

  it('quotes CSV fields only when needed and picks the format by extension', () => {
    expect(csvField('plain', ',')).toBe('plain');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('line\nbreak', ';')).toBe('"line\nbreak"');
    expect(reportFormatOf('out.HTML')).toBe('html');
    expect(reportFormatOf('x/out.json')).toBe('json');
    expect(reportFormatOf('out.csv')).toBe('csv');
    expect(reportFormatOf('out.pdf')).toBeNull();
  });
});
