/**
 * The lab's CSV: one row per variant, channel and interval, and a "day" row per
 * variant and channel: the swept value (the column is named after the lever, as
 * on the command line's --vary), mean and 95 % interval of service level
 * and abandons, ASA and occupancy, advisers on shift, and the Erlang C / A
 * prediction for that staffing. RFC 4180 quoting, CRLF; French uses `;` and the
 * decimal comma, English `,` (as the other CSV exports). Pure.
 */
import { overlayDay } from '../../sim/analytics/erlangOverlay';
import type { Estimate } from '../../sim/kpi/replications';
import { csvField } from '../../sim/report/files';
import { formatClock } from '../i18n/format';
import type { Lang } from '../i18n';
import type { LabResults } from './results';

function decimal(n: number | null | undefined, lang: Lang, digits = 4): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const text = String(Number(n.toFixed(digits)));
  return lang === 'fr' ? text.replace('.', ',') : text;
}

const bounds = (e: Estimate | undefined) => (e && e.mean !== null && e.ci95 !== null ? [e.mean - e.ci95, e.mean + e.ci95] : [null, null]);

export function labCsv(results: LabResults, lang: Lang): string {
  const sep = lang === 'fr' ? ';' : ',';
  const header = [
    results.dimension, 'channel', 'interval', 'replications', 'offered',
    'serviceLevel', 'serviceLevelLow95', 'serviceLevelHigh95', 'abandonRate', 'abandonRateLow95', 'abandonRateHigh95',
    'asaSeconds', 'occupancy', 'advisersOnShift', 'erlangCServiceLevel', 'erlangAServiceLevel', 'erlangAAbandon',
  ];
  const rows: string[][] = [];
  for (const v of results.variants) {
    for (const ch of results.channels) {
      const day = v.summary.byChannel[ch.id];
      const overlay = v.overlay.find((o) => o.channelId === ch.id);
      const dayErlang = overlay ? overlayDay(overlay.points) : null;
      const n = (x: number | null | undefined, d?: number) => decimal(x, lang, d);
      const [slLow, slHigh] = bounds(day?.serviceLevel);
      const [abLow, abHigh] = bounds(day?.abandonRate);
      rows.push([
        n(v.value), ch.id, 'day', String(results.replications), n(day?.offered.mean, 2),
        n(day?.serviceLevel.mean), n(slLow), n(slHigh), n(day?.abandonRate.mean), n(abLow), n(abHigh),
        n(day?.asa.mean, 1), n(v.summary.occupancy.mean), '', n(dayErlang?.erlangC), n(dayErlang?.erlangA), n(dayErlang?.erlangAAbandon),
      ]);
      (v.summary.intervals[ch.id] ?? []).forEach((e, k) => {
        const p = overlay?.points[k];
        const [iLow, iHigh] = bounds(e.serviceLevel);
        const [aLow, aHigh] = bounds(e.abandonRate);
        rows.push([
          n(v.value), ch.id, formatClock(results.intervalStarts[k] ?? 0).slice(0, 5), String(results.replications), n(e.offered.mean, 2),
          n(e.serviceLevel.mean), n(iLow), n(iHigh), n(e.abandonRate.mean), n(aLow), n(aHigh),
          n(e.asa.mean, 1), n(e.occupancy.mean), String(v.onShift[ch.id]?.[k] ?? ''), n(p?.erlangC?.serviceLevel), n(p?.erlangA?.serviceLevel), n(p?.erlangA?.pAbandon),
        ]);
      });
    }
  }
  return [header, ...rows].map((r) => r.map((c) => csvField(c, sep)).join(sep)).join('\r\n') + '\r\n';
}
