/**
 * The lab's CSV: one header, then per variant and channel a "day" row and one
 * row per interval; French `;` and decimal commas, English `,` and points;
 * RFC 4180 quoting and CRLF line ends. Pure, so every check is exact.
 */
import { describe, expect, it } from 'vitest';
import { overlayDay } from '../../../sim/analytics/erlangOverlay';
import { labCsv } from '../../../src/lab/csv';
import type { LabResults } from '../../../src/lab/results';
import { loadScenario } from '../../sim/helpers';
import { plan, runLab, shortDay } from './labKit';

/** RFC 4180 records: quoted fields may hold the separator, quotes (doubled) and line breaks. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  expect(cell === '' && row.length === 0, 'the text ends with CRLF').toBe(true);
  return rows;
}

const HEADER = ['channel', 'interval', 'replications', 'offered', 'serviceLevel', 'serviceLevelLow95', 'serviceLevelHigh95',
  'abandonRate', 'abandonRateLow95', 'abandonRateHigh95', 'asaSeconds', 'occupancy', 'advisersOnShift',
  'erlangCServiceLevel', 'erlangAServiceLevel', 'erlangAAbandon'];

const single = runLab(plan({ scenario: shortDay('scenarios/validation/erlang-a-team11.json'), dimension: 'advisers', from: 10, to: 12 }));
const multi = runLab(plan({ scenario: loadScenario('scenarios/training/multichannel-tuesday.json'), dimension: 'volume', from: 0, to: 10, step: 10 }));

describe('the lab\'s CSV', () => {
  it.each([['one channel', single], ['six channels', multi]] as const)('has variants × channels × (1 + intervals) rows and a header: %s', (_what, results) => {
    const intervals = results.intervalStarts.length;
    for (const lang of ['en', 'fr'] as const) {
      const text = labCsv(results, lang);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const rows = parseCsv(text, lang === 'fr' ? ';' : ',');
      expect(rows).toHaveLength(results.variants.length * results.channels.length * (1 + intervals) + 1);
      expect(rows[0]).toEqual([results.dimension, ...HEADER]);
      for (const r of rows) expect(r).toHaveLength(17);
      // In order: variant, then channel, then the day and its intervals.
      const keys = rows.slice(1).map((r) => `${r[0]}|${r[1]}|${r[2]}`);
      const want = results.variants.flatMap((v) => results.channels.flatMap((c) => ['day', ...results.intervalStarts.map((s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String((s / 60) % 60).padStart(2, '0')}`)]
        .map((label) => `${lang === 'fr' ? String(v.value).replace('.', ',') : v.value}|${c.id}|${label}`)));
      expect(keys).toEqual(want);
    }
    expect(intervals).toBeGreaterThan(1);
  });

  it('writes French with ";" and decimal commas, English with "," and points, the same figures', () => {
    const en = parseCsv(labCsv(single, 'en'), ',');
    const fr = parseCsv(labCsv(single, 'fr'), ';');
    expect(fr.map((r) => r.map((c) => c.replace(',', '.')))).toEqual(en);
    const cells = (rows: string[][]) => rows.slice(1).flatMap((r) => r.slice(3));
    expect(cells(en).some((c) => c.includes('.'))).toBe(true);
    expect(cells(en).every((c) => c === '' || /^-?\d+(\.\d+)?$/.test(c))).toBe(true);
    expect(cells(fr).some((c) => c.includes(','))).toBe(true);
    expect(cells(fr).every((c) => c === '' || /^-?\d+(,\d+)?$/.test(c))).toBe(true);
    // No French cell needs quotes: the decimal comma is not the separator.
    expect(labCsv(single, 'fr')).not.toContain('"');
  });

  it('writes each figure of the results (4 decimals, ASA 1, offered 2)', () => {
    const rows = parseCsv(labCsv(single, 'en'), ',');
    const v = single.variants[1];
    const day = rows.find((r) => r[0] === String(v.value) && r[2] === 'day')!;
    const e = v.summary.byChannel.voice;
    const n = (x: number, d = 4) => String(Number(x.toFixed(d)));
    expect(day[3]).toBe(String(single.replications));
    expect(day[4]).toBe(n(e.offered.mean!, 2));
    expect(day[5]).toBe(n(e.serviceLevel.mean!));
    expect(day[6]).toBe(n(e.serviceLevel.mean! - e.serviceLevel.ci95!));
    expect(day[7]).toBe(n(e.serviceLevel.mean! + e.serviceLevel.ci95!));
    expect(day[11]).toBe(n(e.asa.mean!, 1));
    expect(day[13]).toBe('');
    const erlang = overlayDay(v.overlay[0].points);
    expect(day.slice(14)).toEqual([n(erlang.erlangC!), n(erlang.erlangA!), n(erlang.erlangAAbandon!)]);
    const k = 2;
    const row = rows.find((r) => r[0] === String(v.value) && r[2] === '10:00')!;
    const ie = v.summary.intervals.voice[k];
    const p = v.overlay[0].points[k];
    expect(row[5]).toBe(n(ie.serviceLevel.mean!));
    expect(row[13]).toBe(String(v.onShift.voice[k]));
    expect(row.slice(14)).toEqual([n(p.erlangC!.serviceLevel), n(p.erlangA!.serviceLevel), n(p.erlangA!.pAbandon)]);
  });

  it('quotes as RFC 4180 asks: the separator, quotes (doubled) and line breaks', () => {
    // Channel ids are words in a scenario; hand-made ids make the quoting visible.
    const ids = ['a,b', 'say "hi"', 'semi;colon', 'two\nlines'];
    const odd: LabResults = {
      ...single,
      channels: ids.map((id) => ({ id, kind: 'voice' })),
      variants: single.variants.map((v) => ({
        ...v,
        overlay: [],
        onShift: Object.fromEntries(ids.map((id) => [id, v.onShift.voice])),
        summary: { ...v.summary, byChannel: Object.fromEntries(ids.map((id) => [id, v.summary.byChannel.voice])), intervals: Object.fromEntries(ids.map((id) => [id, v.summary.intervals.voice])) },
      })),
    };
    const en = labCsv(odd, 'en');
    expect(en).toContain('\r\n10,"a,b",day,');
    expect(en).toContain('\r\n10,"say ""hi""",day,');
    expect(en).toContain('\r\n10,semi;colon,day,');
    expect(en).toContain('\r\n10,"two\nlines",day,');
    const fr = labCsv(odd, 'fr');
    expect(fr).toContain('\r\n10;a,b;day;');
    expect(fr).toContain('\r\n10;"semi;colon";day;');
    for (const [text, sep] of [[en, ','], [fr, ';']] as const) {
      const rows = parseCsv(text, sep);
      expect([...new Set(rows.slice(1).map((r) => r[1]))]).toEqual(ids);
      for (const r of rows) expect(r).toHaveLength(17);
    }
  });
});
