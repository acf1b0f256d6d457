/**
 * The novice: plausible actions at the wrong moment. Looks at the console every
 * five minutes, so most raised hands have gone by; announces the incident and
 * briefs the team late (and at length); records the absence late; coaches the
 * strongest adviser at the peak; opens the overflow at a quiet time and leaves it
 * open; listens in once.
 */
import type { Scenario } from '../scenario/schema';
import type { Snapshot } from '../snapshot';
import { mainChannel, queueQuiet, type Policy, type PolicyCommand } from './policy';

const LOOK_EVERY = 300;

export function novicePolicy(): Policy {
  let nextLook = 0;
  const done = new Set<string>();
  const once = (key: string) => (done.has(key) ? false : (done.add(key), true));
  return {
    decide(snap: Snapshot, scenario: Scenario): PolicyCommand[] {
      if (snap.time < nextLook) return [];
      nextLook = snap.time + LOOK_EVERY;
      const out: PolicyCommand[] = [];
      const channel = mainChannel(scenario);
      for (const e of snap.activeEvents.filter((x) => x.type === 'incident')) {
        if (snap.time - e.since >= 25 * 60 && once(`ivr:${e.id}`)) out.push({ type: 'setIvrMessage', channelId: channel, message: 'incident' });
        if (snap.time - e.since >= 30 * 60 && once(`brief:${e.id}`)) out.push({ type: 'teamBriefing', minutes: 10 });
      }
      for (const a of snap.advisers) {
        if (a.state === 'absent' && snap.time - a.stateSince >= 45 * 60 && once(`absent:${a.id}`)) out.push({ type: 'recordAbsence', adviserId: a.id, reason: 'sick' });
      }
      for (const g of snap.overflow) if (!g.open && queueQuiet(snap, channel) && once(`overflow:${g.id}`)) out.push({ type: 'openOverflow', groupId: g.id });
      if (snap.supervisor.state !== 'available' || out.some((c) => c.type === 'teamBriefing')) return out;
      const hand = snap.advisers.find((a) => a.raisedHand !== null);
      if (hand) return [...out, { type: 'whisper', adviserId: hand.id }];
      const strongest = [...snap.advisers].filter((a) => a.state !== 'offline' && a.state !== 'absent').sort((a, b) => Math.max(0, ...Object.values(b.skills)) - Math.max(0, ...Object.values(a.skills)))[0];
      if (strongest && snap.time >= 2 * 3600 && once('coach')) return [...out, { type: 'coach', adviserId: strongest.id, minutes: 20 }];
      const talking = snap.advisers.find((a) => a.state === 'talking');
      if (talking && snap.time >= 4 * 3600 && once('listen')) return [...out, { type: 'listenIn', adviserId: talking.id }];
      return out;
    },
  };
}
