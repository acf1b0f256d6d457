/**
 * A multi-day rota must keep the labour rules across days (DOMAIN.md §7): a planned
 * shift of at most 10 hours (L3121-18, read on the rota: breaks included) and so,
 * with the same shift every day, at least 11 hours of rest between two (L3131-1).
 * A rota that breaks them is refused on load; overtime on the day is a breach
 * logged by the run (sim/campaignLabour.ts).
 */
import type { ScenarioProblem } from './problems';
import { toSeconds, type Scenario } from './schema';

const TEN_HOURS = 10 * 3600;
const ELEVEN_HOURS = 11 * 3600;

export function rotaProblems(s: Scenario): ScenarioProblem[] {
  if (s.days === undefined) return [];
  const problems: ScenarioProblem[] = [];
  const check = (shift: { start: string; end: string } | undefined, path: string) => {
    const length = toSeconds(shift?.end ?? s.clock.end) - toSeconds(shift?.start ?? s.clock.start);
    const where = shift ? path : '$.clock';
    const hours = (length / 3600).toFixed(2).replace(/\.?0+$/, '');
    if (length > TEN_HOURS) problems.push({ path: where, message: `a ${hours}-hour shift breaks the 10-hour day (L3121-18) on a ${s.days}-day rota${shift ? '' : ' (no shift given: the whole opening)'}` });
    if (86400 - length < ELEVEN_HOURS) problems.push({ path: where, message: `a ${hours}-hour shift every day leaves under 11 hours of rest between two (L3131-1)` });
  };
  if ('generate' in s.team) {
    const g = s.team.generate;
    (Array.isArray(g) ? g : [g]).forEach((group, i) => check(group.shift, Array.isArray(g) ? `$.team.generate[${i}].shift` : '$.team.generate.shift'));
  } else {
    s.team.advisers.forEach((a, i) => check(a.shift, `$.team.advisers[${i}].shift`));
  }
  // One problem per place is enough: a generated or default shift repeats for every adviser.
  return problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}
