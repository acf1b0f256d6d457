/**
 * The hires in a day's team: each hire with a start day on or before the day
 * joins as a new hire (id hire-<candidateId>, the candidate's name, the hiring
 * shift and skills, a start proficiency from the true aptitude). The team is
 * written out as a list (as a skeleton day's is) so the file's ids stay.
 */
import { resolveTeam } from '../model/team';
import { formatClock, toSeconds, type AdviserSpec, type Scenario } from '../scenario/schema';
import type { Hire } from './desk';
import { START_FACTOR } from './ramp';
import type { Candidate, Hiring } from './schema';

/** Channels a hire is trained on: `hiring.skills`, else every channel but outbound ones. */
export function hireSkills(s: Pick<Scenario, 'channels'>, hiring: Hiring, c: Candidate): Record<string, number> {
  const ids = hiring.skills ?? s.channels.filter((ch) => ch.kind !== 'outbound').map((ch) => ch.id);
  const start = Math.max(0.05, Math.round(1000 * c.aptitudes.proficiency * START_FACTOR) / 1000);
  return Object.fromEntries(ids.map((id) => [id, start]));
}

function listed(day: Scenario): AdviserSpec[] {
  if ('advisers' in day.team) return day.team.advisers;
  const clock = (t: number) => formatClock(t + toSeconds(day.clock.start)).slice(0, 5);
  return resolveTeam(day).map((p) => ({
    id: p.id, name: p.name, skills: { ...p.skills }, shift: { start: clock(p.shiftStart), end: clock(p.shiftEnd) },
    ...(Object.keys(p.routingProfile).length ? { routingProfile: { ...p.routingProfile } } : {}),
    ...(Object.keys(p.concurrency).length ? { concurrency: { ...p.concurrency } } : {}),
    ...(p.newHire ? { newHire: true } : {}),
  }));
}

/** The day's scenario with the hires who have started by `day` (unchanged when none has). */
export function withHires(dayScenario: Scenario, candidates: readonly Candidate[], hiring: Hiring, hires: readonly Hire[], day: number): Scenario {
  const joined = hires.filter((h) => h.startDay <= day);
  if (joined.length === 0) return dayScenario;
  const added: AdviserSpec[] = joined.map((h) => {
    const c = candidates.find((x) => x.id === h.candidateId)!;
    return { id: h.adviserId, name: c.name, skills: hireSkills(dayScenario, hiring, c), shift: { ...hiring.shift }, newHire: true };
  });
  return { ...dayScenario, team: { advisers: [...listed(dayScenario), ...added] } };
}
