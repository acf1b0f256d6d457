/** `npm run sim -- <scenario> --check-plan`: the preparation check as a table (or JSON with --json). */
import type { PlanCheck } from '../prepare/checkPlan';

const mark = { ok: 'ok  ', warning: 'warn', error: 'ERR ' } as const;

export function formatPlanCheck(scenarioId: string, check: PlanCheck): string {
  const lines = [`Plan check — ${scenarioId}`, ''];
  for (const f of check.findings) lines.push(`${mark[f.severity]}  ${f.text}`);
  if (check.staffing.length > 0) {
    lines.push('', 'interval  channel  forecast  Erlang C (shrunk)  planned');
    for (const r of check.staffing) {
      const short = r.requiredErlangC === null || r.planned < r.requiredErlangC ? '  short' : '';
      lines.push(`${r.interval.padStart(8)}  ${r.channel.padStart(7)}  ${r.forecast.toFixed(1).padStart(8)}  ${String(r.requiredErlangC ?? '—').padStart(17)}  ${String(r.planned).padStart(7)}${short}`);
    }
  }
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  lines.push('', errors === 0 ? 'no error: the plan is sound' : `${errors} error(s) in the plan`);
  return lines.join('\n');
}
