/** The table `npm run sim` prints for a multi-day run: one line per day and channel, then the run. */
import type { CampaignResult } from '../index';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '   —' : `${(100 * x).toFixed(1).padStart(5)} %`);
const total = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((t, n) => t + n, 0);

export function formatCampaignTable(run: CampaignResult): string {
  const lines = [`${run.scenario.id}: ${run.days} days, seed ${run.seed}, result ${run.resultHash}`];
  lines.push('day  date        status    channel        offered  SL        in: email callback retrials');
  for (const d of run.byDay) {
    const carried = `${String(total(d.carriedIn.email)).padStart(9)} ${String(total(d.carriedIn.callback)).padStart(8)} ${String(total(d.carriedIn.retrials)).padStart(8)}`;
    if (!d.kpis) {
      lines.push(`${String(d.day).padStart(3)}  ${d.date}  ${d.status.padEnd(8)}  ${'—'.padEnd(14)} ${'—'.padStart(7)}  ${'   —'.padEnd(8)} ${carried}`);
      continue;
    }
    for (const [id, k] of Object.entries(d.kpis.byChannel)) {
      lines.push(`${String(d.day).padStart(3)}  ${d.date}  ${d.status.padEnd(8)}  ${id.padEnd(14)} ${String(k.offered).padStart(7)}  ${pct(k.serviceLevel).padEnd(8)} ${carried}`);
    }
  }
  for (const [id, k] of Object.entries(run.kpis.byChannel)) lines.push(`run  ${id.padEnd(14)} offered ${k.offered}, SL ${pct(k.serviceLevel)}, abandoned ${k.abandoned}`);
  const days = run.byDay.map((d) => (d.score ? d.score.total.toFixed(1) : '—')).join('  ');
  const blocks = run.score.byBlock;
  if (blocks) lines.push(`score ${run.score.total} (resources ${blocks.resources}, people ${blocks.people}, improvement ${blocks.improvement}); by day ${days}`);
  for (const e of run.score.entries) lines.push(`  day ${e.day} ${e.block} ${e.points > 0 ? '+' : ''}${e.points}: ${e.text}`);
  for (const b of run.breaches) lines.push(`breach: day ${b.day} ${b.adviserId} ${b.rule} (${b.hours} h)`);
  return lines.join('\n');
}
