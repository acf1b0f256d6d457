/**
 * Scripted supervisors ("bots") for calibration and the score's validity tests.
 * A policy plays through the public API only, adaptively: at every step it reads
 * a snapshot and submits the commands it decides on, as a person at the console
 * would. Same scenario + seed + policy ⇒ the same run.
 */
import { createCampaign, createSimulation, type CampaignResult, type SimulationHandle } from '../index';
import type { SimulationResult } from '../kpi/result';
import type { Scenario } from '../scenario/schema';
import type { ScoreByBlock, Snapshot } from '../snapshot';

/** A command as a policy submits it: applied at the current simulated time. */
export type PolicyCommand = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface Policy {
  /** Commands to submit now, given the latest snapshot. */
  decide(snapshot: Snapshot, scenario: Scenario): PolicyCommand[];
}

/** How often the bot looks at the console (simulated seconds). */
export const STEP_SECONDS = 15;

/** Plays one shift with a fresh policy and returns the result. */
export function playShift(scenario: Scenario, seed: number, policy: Policy, step = STEP_SECONDS): SimulationResult {
  const sim: SimulationHandle = createSimulation(scenario, { seed });
  playDay(sim, scenario, policy, step);
  return sim.result();
}

/** The policy at the console through one day: it looks every `step` seconds until the day ends. */
function playDay(sim: SimulationHandle, scenario: Scenario, policy: Policy, step: number): void {
  for (let t = 0; !sim.finished; t += step) {
    sim.advanceTo(t);
    if (sim.finished) break;
    for (const command of policy.decide(sim.snapshot({ score: false }), scenario)) sim.submit(command);
    if (t > sim.closeTime + 6 * 3600) throw new Error(`${scenario.id}: the day did not end six hours after closing`);
  }
}

/** Plays every day of a multi-day scenario, a fresh policy each morning (`policyOf` makes it). */
export function playCampaign(scenario: Scenario, seed: number, policyOf: () => Policy, step = STEP_SECONDS): CampaignResult {
  const run = createCampaign(scenario, { seed });
  for (let day = run.startDay(); day; day = run.startDay()) {
    playDay(day.sim, scenario, policyOf(), step);
    run.endDay();
  }
  return run.result();
}

/** The score a policy earns on a scenario of one day or several (the calibration and validity tests' figure). */
export function playScore(scenario: Scenario, seed: number, policyOf: () => Policy): { readonly total: number; readonly byBlock: ScoreByBlock } {
  if (scenario.days === undefined) return playShift(scenario, seed, policyOf()).score;
  const { total, byBlock } = playCampaign(scenario, seed, policyOf).score;
  if (total === null || byBlock === null) throw new Error(`${scenario.id}: no open day to score`);
  return { total, byBlock };
}

/** The first voice channel (the one incidents and the IVR are about), else the first channel. */
export function mainChannel(scenario: Scenario): string {
  return (scenario.channels.find((c) => c.kind === 'voice') ?? scenario.channels[0]).id;
}

/** True when the main queue is struggling right now: interval service level under target with people waiting, or a long wait. */
export function queueUnderPressure(snapshot: Snapshot, channelId: string): boolean {
  const c = snapshot.channels.find((x) => x.id === channelId);
  if (!c) return false;
  const sl = c.interval.serviceLevel;
  return (sl !== null && sl < c.target && c.queueLength >= 2) || c.longestWait > 2 * c.thresholdSeconds;
}

export function queueQuiet(snapshot: Snapshot, channelId: string): boolean {
  const c = snapshot.channels.find((x) => x.id === channelId);
  return !!c && c.queueLength === 0 && (c.interval.serviceLevel === null || c.interval.serviceLevel >= c.target);
}
