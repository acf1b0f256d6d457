/**
 * A multi-day campaign in the worker: the engine's CampaignHandle (the same days,
 * seeds and carry-over as runCampaign) with the day being played. A day is ended
 * (endDay) as soon as its shift is over, so the end-of-day screen can show what it
 * carries over; the next day starts only when the supervisor asks for it.
 */
import { createCampaign, type CampaignHandle, type CampaignResult, type DayPlan, type DayResult, type Scenario, type SimulationHandle, type TimesheetRow } from '../../sim/index';
import type { CampaignDayInfo } from './protocol';

export interface CampaignPlayOptions {
  readonly seed?: number;
  /** The run's command log, each command with its `day` and `at`. */
  readonly commands: readonly unknown[];
  /** The day to play; the days before it are replayed to their end. */
  readonly day?: number;
}

const infoOf = (plan: DayPlan, days: number): CampaignDayInfo => ({ day: plan.day, days, date: plan.date, weekday: plan.weekday, status: plan.status });

export class CampaignPlay {
  private readonly handle: CampaignHandle;
  private playing: { readonly plan: DayPlan; readonly sim: SimulationHandle };
  /** What the day left, once its shift has ended; null while it is being played. */
  private done: DayResult | null = null;

  constructor(scenario: Scenario, options: CampaignPlayOptions) {
    this.handle = createCampaign(scenario, { ...(options.seed !== undefined ? { seed: options.seed } : {}), commands: options.commands });
    const target = options.day ?? 1;
    let day = this.handle.startDay();
    while (day && day.plan.day < target) {
      this.handle.endDay();
      day = this.handle.startDay();
    }
    if (!day || day.plan.day !== target) throw new Error(`day ${target} is not an open day of the run`);
    this.playing = day;
  }

  /** The day's simulation (still there once the day has ended: its snapshot and result stay on show). */
  get sim(): SimulationHandle {
    return this.playing.sim;
  }

  get info(): CampaignDayInfo {
    return infoOf(this.playing.plan, this.handle.plans.length);
  }

  get ended(): DayResult | null {
    return this.done;
  }

  /** Once the day's shift is over: records the day (what it carries over). Idempotent. */
  closeDay(): DayResult | null {
    if (!this.done && this.playing.sim.finished) this.done = this.handle.endDay();
    return this.done;
  }

  /** The days after this one up to the next open one: the closed ones passed, and that one (null at the end). */
  ahead(): { readonly closed: CampaignDayInfo[]; readonly next: CampaignDayInfo | null } {
    const days = this.handle.plans.length;
    const later = this.handle.plans.slice(this.playing.plan.day);
    const open = later.findIndex((p) => p.status !== 'closed');
    const closed = (open < 0 ? later : later.slice(0, open)).map((p) => infoOf(p, days));
    return { closed, next: open < 0 ? null : infoOf(later[open], days) };
  }

  /** The timesheet of every day ended so far (HR and payroll: one row per adviser per open day). */
  timesheet(): TimesheetRow[] {
    return this.handle.timesheet();
  }

  /** The whole run's result, once the last day has ended. */
  result(): CampaignResult | null {
    return this.done && this.handle.finished ? this.handle.result() : null;
  }

  /** After the day has ended: starts the next open day; false when none is left (or the day is not over). */
  nextDay(): boolean {
    if (!this.done) return false;
    const day = this.handle.startDay();
    if (!day) return false;
    this.playing = day;
    this.done = null;
    return true;
  }
}
