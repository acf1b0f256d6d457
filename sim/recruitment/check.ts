/**
 * Recruitment checks the schema alone cannot express: candidates only make sense
 * in a multi-day run (a hire joins on a later day), ids are unique and do not
 * collide with the team once prefixed, there are at least as many candidates as
 * positions, and a hire's skills and shift fit the scenario.
 */
import type { ScenarioProblem } from '../scenario/problems';
import { toSeconds, type Scenario } from '../scenario/schema';
import { adviserIds } from '../scenario/team';
import { hireId } from './ids';

export function recruitmentProblems(s: Scenario): ScenarioProblem[] {
  const { candidates, hiring } = s;
  if (!candidates && !hiring) return [];
  const problems: ScenarioProblem[] = [];
  const where = candidates ? '$.candidates' : '$.hiring';
  if ((s.days ?? 1) < 2) problems.push({ path: where, message: 'candidates and hiring need a multi-day scenario ("days" of 2 or more): a hire joins on a later day' });
  if (candidates && !hiring) problems.push({ path: '$.hiring', message: 'candidates need "hiring" (positions, shift): how many to hire and when they work' });
  if (hiring && !candidates) problems.push({ path: '$.candidates', message: '"hiring" needs candidates to hire from' });
  const team = new Set(adviserIds(s.team));
  const seen = new Set<string>();
  candidates?.forEach((c, i) => {
    if (seen.has(c.id)) problems.push({ path: `$.candidates[${i}].id`, message: `duplicate candidate id "${c.id}"` });
    seen.add(c.id);
    if (team.has(hireId(c.id))) problems.push({ path: `$.candidates[${i}].id`, message: `a hire's adviser id "${hireId(c.id)}" is already a team member's` });
  });
  if (hiring && candidates && hiring.positions > candidates.length) {
    problems.push({ path: '$.hiring.positions', message: `${hiring.positions} positions for ${candidates.length} candidates: at most one hire per candidate` });
  }
  if (hiring) {
    const channels = new Set(s.channels.map((c) => c.id));
    hiring.skills?.forEach((k, j) => {
      if (!channels.has(k)) problems.push({ path: `$.hiring.skills[${j}]`, message: `unknown channel "${k}"` });
    });
    if (toSeconds(hiring.shift.end) <= toSeconds(hiring.shift.start)) problems.push({ path: '$.hiring.shift.end', message: 'shift end must be after shift start' });
  }
  return problems;
}

