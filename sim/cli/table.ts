/** The readable (non --json) output of `npm run sim`. */
import type { Scenario } from '../index';
import type { RunOutput } from './runScenario';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)} %`);
const sec = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} s`);
/** Mean survey score out of 5 and the number of responses, e.g. `4.31 (57)`. */
const csat = (v: number | null, n: number) => (v === null ? `— (${n})` : `${v.toFixed(2)} (${n})`);
const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

export function formatTable(scenario: Scenario, out: RunOutput): string {
  const lines: string[] = [];
  lines.push(`${scenario.title.en} — ${scenario.id} (seed ${out.seed}, ${out.events} events, ${out.wallMs.toFixed(0)} ms)`);
  const header = ['channel', 'offered', 'answered', 'abandoned', 'SL', 'ASA', 'abandon %', 'AHT', 'P(wait)', 'CSAT (n)'];
  const rows = Object.entries(out.kpis.byChannel).map(([id, k]) => [
    id, num(k.offered), num(k.answered), num(k.abandoned), pct(k.serviceLevel), sec(k.asa), pct(k.abandonRate), sec(k.aht), pct(k.pWait), csat(k.csat, k.csatResponses),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(fmt));
  lines.push(`occupancy ${pct(out.kpis.occupancy)}`);
  lines.push(`score ${out.score.total}/100 (${Object.entries(out.score.byBlock).map(([k, p]) => `${k} ${p}`).join(', ')})`);
  if (out.breaches.length > 0) lines.push(`breaches: ${out.breaches.length} (${[...new Set(out.breaches.map((b) => b.rule))].join(', ')})`);
  if (out.costs.overflow + out.costs.overtime > 0) lines.push(`costs: overflow €${out.costs.overflow.toFixed(2)}, overtime €${out.costs.overtime.toFixed(2)}`);
  if (out.replications) {
    lines.push('', `${out.replications.count} replications (mean ± 95 % CI):`);
    for (const [id, e] of Object.entries(out.replications.byChannel)) {
      const ci = (x: { mean: number | null; ci95: number | null }, f: (v: number | null) => string) => `${f(x.mean)} ± ${f(x.ci95)}`;
      lines.push(`  ${id}: SL ${ci(e.serviceLevel, pct)}, ASA ${ci(e.asa, sec)}, abandon ${ci(e.abandonRate, pct)}, P(wait) ${ci(e.pWait, pct)}`);
    }
    lines.push(`  occupancy ${pct(out.replications.occupancy.mean)} ± ${pct(out.replications.occupancy.ci95)}`);
  }
  const rejected = out.commands.filter((c) => c.status === 'rejected');
  if (out.commands.length > 0) lines.push('', `commands: ${out.commands.length - rejected.length} applied, ${rejected.length} rejected`);
  for (const c of rejected) lines.push(`  rejected ${c.type} at ${c.at.toFixed(0)} s: ${c.reason}`);
  return lines.join('\n');
}
