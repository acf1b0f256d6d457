/** The bundled scripted supervisors, by name (see DESIGN.md: sim/policies). */
import { expertPolicy } from './expert';
import { harmfulPolicy } from './harmful';
import { novicePolicy } from './novice';
import type { Policy } from './policy';

export const POLICY_NAMES = ['none', 'novice', 'expert', 'harmful'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A fresh policy (policies keep memory, so one per run). */
export function makePolicy(name: PolicyName): Policy {
  switch (name) {
    case 'none': return { decide: () => [] };
    case 'novice': return novicePolicy();
    case 'expert': return expertPolicy();
    case 'harmful': return harmfulPolicy();
  }
}

export { playCampaign, playScore, playShift, STEP_SECONDS, type Policy, type PolicyCommand } from './policy';
export { expertPolicy, EXPERT_ACTIONS, type ExpertAction } from './expert';
export { harmfulPolicy, type HarmOptions } from './harmful';
