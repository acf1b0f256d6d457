/**
 * Behaviour lock: every shipped scenario × 5 seeds × {no commands, a log with one
 * command of every type} gives these exact result hashes. A restructure must keep
 * them equal; a behaviour change updates them in a commit of its own that says why
 * (`npx vitest run test/sim/resultHashes.test.ts --update`).
 *
 * The hash covers the engine's behaviour: everything in the result except the
 * score, which is a judgement of that behaviour and has tests of its own (the
 * validity contract). Tuning the score must not move these; changing what
 * happens in the centre must.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTypes, createSimulation, type Scenario } from '../../sim/index';
import { behaviourHash, loadScenario } from './helpers';

const files = ['scenarios/training', 'scenarios/exam', 'scenarios/validation']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));

const SEEDS = [1, 2, 3, 4, 5];

/**
 * The command types the hashes were recorded with. A command added later has tests of
 * its own; logging it here too would move every hash without the engine doing anything
 * differently for the existing ones.
 */
const LOCKED_TYPES = commandTypes.slice(0, commandTypes.indexOf('teamBriefing') + 1);

/**
 * One command of every type, ten minutes apart from 20 minutes in, each aimed at another
 * adviser, with ids and channels taken from the scenario (so most of them apply).
 */
export function everyCommandLog(scenario: Scenario): Record<string, unknown>[] {
  const advisers = createSimulation(scenario).snapshot().advisers.map((a) => a.id);
  const channels = scenario.channels.map((c) => c.id);
  const voice = scenario.channels.find((c) => c.kind === 'voice')?.id ?? channels[0];
  const outbound = scenario.channels.find((c) => c.kind === 'outbound')?.id ?? voice;
  const group = scenario.overflow?.[0]?.id ?? 'outsourcer';
  const fields = (type: string, k: number): Record<string, unknown> => {
    const adviserId = advisers[k % advisers.length];
    switch (type) {
      case 'coach': case 'sendToBreak': case 'sendToTraining': case 'assignOfflineTask': case 'delayBreak': case 'askOvertime': case 'recordLateness':
        return { adviserId, minutes: 15 };
      case 'recordAbsence': return { adviserId, reason: 'sick' };
      case 'setSkills': return { adviserId, skills: { [voice]: 0.7 } };
      case 'setRoutingProfile': return { adviserId, profile: { [voice]: 1 } };
      case 'moveToChannel': return { adviserId, channelId: voice };
      case 'setQueuePriority': return { channelId: voice, priority: 2 };
      case 'openOverflow': case 'closeOverflow': return { groupId: group };
      case 'setCallbackOffer': return { channelId: voice, enabled: false };
      case 'setIvrMessage': return { channelId: voice, message: 'incident' };
      case 'overrideDialerRules': return { channelId: outbound, enabled: true };
      case 'teamBriefing': return { minutes: 5 };
      default: return { adviserId };
    }
  };
  // logIn and callInAdviser aim at the adviser logged out just before, so they can apply.
  const loggedOut = LOCKED_TYPES.indexOf('logOut');
  return LOCKED_TYPES.map((type, k) => {
    if (type === 'callInAdviser') return { at: 1200 + 600 * loggedOut + 300, type, adviserId: advisers[loggedOut % advisers.length] };
    if (type === 'logIn') return { at: 1200 + 600 * k + 3600, type, adviserId: advisers[loggedOut % advisers.length] };
    return { at: 1200 + 600 * k, type, ...fields(type, k) };
  });
}

describe('result hashes of every shipped scenario', () => {
  it.each(files)('%s', (file) => {
    const scenario = loadScenario(file);
    const log = everyCommandLog(scenario);
    const hashes: Record<string, string> = {};
    for (const seed of SEEDS) {
      for (const [name, commands] of [['none', []], ['every command', log]] as const) {
        const sim = createSimulation(scenario, { seed, commands });
        sim.runToEnd();
        hashes[`seed ${seed}, ${name}`] = behaviourHash(sim.result());
      }
    }
    expect(hashes).toMatchSnapshot();
  });
});
