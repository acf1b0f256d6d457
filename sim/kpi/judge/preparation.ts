/**
 * Block 1, preparing and launching a campaign (scenarios with `preparation` only):
 * the plan given at the clock start, as sim/prepare/checkPlan.ts finds it. Credit for a
 * sound plan (no error), for staffing at the Erlang estimate and for briefing the team;
 * a cost for each error. Labour-rule findings cost nothing here: the engine logs and
 * scores the breach itself if it happens (improvement.ts), so they only keep a plan
 * from being sound.
 */
import { SCORED_BY_ENGINE } from '../../prepare/findings';
import type { ShiftFacts } from '../shiftFacts';
import type { RawEntry } from './entry';
import { RULES } from './rules';

/** A plan error's score entry code: `prep` + the finding's code (`understaffed` → `prepUnderstaffed`). */
export const entryCode = (finding: string) => `prep${finding[0].toUpperCase()}${finding.slice(1)}`;

export function preparationEntries(facts: ShiftFacts): RawEntry[] {
  const prep = facts.preparation;
  if (!prep) return [];
  const out: RawEntry[] = [];
  const errors = prep.check.findings.filter((f) => f.severity === 'error');
  for (const f of errors) {
    if (SCORED_BY_ENGINE.has(f.code)) continue;
    out.push({ at: 0, block: 'resources', points: RULES.prepFinding, code: entryCode(f.code), params: f.params, text: `Preparation: ${f.text}` });
  }
  // Credit only for a plan actually made: leaving the day as it came is not preparing it.
  if (prep.commands === 0) return out;
  if (errors.length === 0) out.push({ at: 0, block: 'resources', points: RULES.prepSound, code: 'prepSound', params: { commands: prep.commands }, text: `A sound preparation: ${prep.commands} planning command(s), no error in the plan` });
  if (prep.check.findings.some((f) => f.code === 'staffingOk') && !prep.check.findings.some((f) => f.code === 'understaffed')) {
    out.push({ at: 0, block: 'resources', points: RULES.prepStaffed, code: 'prepStaffed', params: {}, text: 'The plan staffs every interval at the Erlang C estimate' });
  }
  if (prep.check.findings.some((f) => f.code === 'briefingDone')) out.push({ at: 0, block: 'resources', points: RULES.prepBriefed, code: 'prepBriefed', params: {}, text: 'The team was briefed before the day started' });
  return out;
}
