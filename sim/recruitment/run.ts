/**
 * Recruitment across a multi-day run: what runCampaign calls, day by day. It
 * hands each day's run the desk's state (shortlists, interviews, hires, buddies
 * decided so far), puts the hires in the team from their start day, slows the
 * buddies, gives the new hires their ramp-up rate, and at the end judges the
 * hires (score.ts). Absent (null) when the scenario has no candidates, so such a
 * run is exactly what it was.
 */
import { planDays } from '../campaignDays';
import type { AdviserCarry, CarryIn } from '../model/carryOver';
import type { Scenario } from '../scenario/schema';
import type { CommandRecord } from '../snapshot';
import { emptyRecruitment, type Hire, type RecruitmentDay, type RecruitmentState } from './desk';
import { BUDDY_SLOWDOWN, rampRate } from './ramp';
import type { Candidate, Hiring } from './schema';
import { recruitmentEntries, type DayAdvisers, type RecruitmentEntry } from './score';
import { withHires } from './team';

export interface RecruitmentResult {
  readonly hires: readonly Hire[];
  readonly entries: readonly RecruitmentEntry[];
}

/** The recruitment context of one day's run (the console's live day uses it too). */
export function recruitmentDay(s: Scenario, seed: number, day: number, state: RecruitmentState = emptyRecruitment): RecruitmentDay | undefined {
  if (!s.candidates || !s.hiring) return undefined;
  return { candidates: s.candidates, hiring: s.hiring, seed, day, days: planDays(s).map((p) => p.status), state };
}

/** Minutes of an applied command type a day gave each adviser. */
function minutesBy(commands: readonly CommandRecord[], type: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of commands) {
    if (c.status !== 'applied' || c.type !== type) continue;
    const { adviserId, minutes } = c.command as { adviserId: string; minutes: number };
    out.set(adviserId, (out.get(adviserId) ?? 0) + minutes);
  }
  return out;
}

export class RecruitmentRun {
  private state: RecruitmentState = emptyRecruitment;
  private readonly candidates: readonly Candidate[];
  private readonly hiring: Hiring;

  private constructor(private readonly scenario: Scenario, private readonly seed: number) {
    this.candidates = scenario.candidates!;
    this.hiring = scenario.hiring!;
  }

  static of(scenario: Scenario, seed: number): RecruitmentRun | null {
    return scenario.candidates && scenario.hiring ? new RecruitmentRun(scenario, seed) : null;
  }

  /** The day's Simulation options: the desk's context. */
  options(day: number): { recruitment: RecruitmentDay } {
    return { recruitment: recruitmentDay(this.scenario, this.seed, day, this.state)! };
  }

  team(dayScenario: Scenario, day: number): Scenario {
    return withHires(dayScenario, this.candidates, this.hiring, this.state.hires, day);
  }

  /** Pairings in force on `day`: made on an earlier day. */
  private buddiesOn(day: number) {
    return this.state.buddies.filter((b) => b.day < day);
  }

  /** The carry a day starts from: each buddy in force a little slower (the slowdown is undone by `afterDay`). */
  carryIn(carry: CarryIn, day: number): CarryIn {
    const buddies = this.buddiesOn(day).filter((b) => carry.advisers[b.buddyId]);
    if (buddies.length === 0) return carry;
    const advisers: Record<string, AdviserCarry> = { ...carry.advisers };
    for (const { buddyId } of buddies) {
      const a = advisers[buddyId];
      advisers[buddyId] = { ...a, skills: Object.fromEntries(Object.entries(a.skills).map(([k, v]) => [k, v * BUDDY_SLOWDOWN])) };
    }
    return { ...carry, advisers };
  }

  /** A new hire's ramp-up rate for the day just run, from their aptitude, buddy, and the coaching and training they got. */
  rampOf(day: number, commands: readonly CommandRecord[]): (adviserId: string) => number {
    const coaching = minutesBy(commands, 'coach');
    const training = minutesBy(commands, 'sendToTraining');
    const buddies = new Set(this.buddiesOn(day).map((b) => b.adviserId));
    return (id) => {
      const hire = this.state.hires.find((h) => h.adviserId === id);
      const learningRate = hire ? this.candidates.find((c) => c.id === hire.candidateId)!.aptitudes.learningRate : 1;
      return rampRate({ learningRate, buddy: buddies.has(id), coachingMinutes: coaching.get(id) ?? 0, trainingMinutes: training.get(id) ?? 0 });
    };
  }

  /**
   * After a day: the desk's new state, and the buddies' proficiency put back (what they
   * were, plus what the day added on the slowed figure).
   */
  afterDay(desk: { state(): RecruitmentState } | null, day: number, trueCarry: CarryIn, slowed: CarryIn, out: CarryIn): CarryIn {
    const buddies = this.buddiesOn(day).filter((b) => trueCarry.advisers[b.buddyId] && out.advisers[b.buddyId]);
    if (desk) this.state = desk.state();
    if (buddies.length === 0) return out;
    const advisers: Record<string, AdviserCarry> = { ...out.advisers };
    for (const { buddyId } of buddies) {
      const was = trueCarry.advisers[buddyId].skills;
      const from = slowed.advisers[buddyId].skills;
      const a = advisers[buddyId];
      advisers[buddyId] = { ...a, skills: Object.fromEntries(Object.entries(a.skills).map(([k, v]) => [k, k in was ? Math.min(1, was[k] + v - from[k]) : v])) };
    }
    return { ...out, advisers };
  }

  result(byDay: readonly DayAdvisers[]): RecruitmentResult {
    return { hires: this.state.hires, entries: recruitmentEntries(this.scenario, this.state.hires, byDay) };
  }
}
