/** How a run is made beyond its scenario (kept apart so the composition root stays small). */
import type { CarryIn } from './model/carryOver';
import type { RecruitmentDay } from './recruitment/desk';

export interface SimulationOptions {
  /** Overrides the scenario's seed (replications, what-ifs). */
  readonly seed?: number;
  /** Multi-day runs: what the day before left (emails, callbacks, retrials, the advisers' state); see sim/campaign.ts. */
  readonly carry?: CarryIn;
  /** Multi-day runs with candidates: the day's recruitment context (sim/recruitment/context.ts). */
  readonly recruitment?: RecruitmentDay;
}
