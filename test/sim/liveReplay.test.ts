/**
 * Live equals replay, also at one instant: commands submitted live one after the other
 * at the same simulated time (the console keeps advancing to "now" between two clicks
 * while paused, or not) give the same run as the same commands replayed from a log,
 * even when the first schedules an event for that very instant.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../../sim/index';
import { loadScenario } from './helpers';

type Command = Record<string, unknown>;

/** Three ways to give two commands at time t: replayed from a log, and live with or without an advance between them. */
function threeWays(scenario: Scenario, t: number, first: Command, second: Command): string[] {
  const replayed = createSimulation(scenario, { commands: [{ at: t, ...first }, { at: t, ...second }] });
  replayed.runToEnd();
  const liveAdvancing = createSimulation(scenario);
  liveAdvancing.advanceTo(t);
  liveAdvancing.submit(first);
  liveAdvancing.advanceTo(t);
  liveAdvancing.submit(second);
  liveAdvancing.runToEnd();
  const liveAtOnce = createSimulation(scenario);
  liveAtOnce.advanceTo(t);
  liveAtOnce.submit(first);
  liveAtOnce.submit(second);
  liveAtOnce.runToEnd();
  const statuses = replayed.result().commands.map((c) => `${c.type}:${c.status}`);
  return [statuses.join(' '), replayed.result().resultHash, liveAdvancing.result().resultHash, liveAtOnce.result().resultHash];
}

describe('two commands at one instant', () => {
  it('take over a raised hand, then send the freed adviser on a break: live and replayed alike', () => {
    const scenario = loadScenario('scenarios/training/default-weekday-morning.json');
    const probe = createSimulation(scenario);
    let hand: { t: number; id: string } | null = null;
    while (!hand && !probe.finished) {
      probe.advanceTo(probe.time + 5);
      const a = probe.snapshot().advisers.find((x) => x.raisedHand !== null && x.state === 'talking');
      if (a) hand = { t: probe.time, id: a.id };
    }
    expect(hand).not.toBeNull();
    const [statuses, replayed, advancing, atOnce] = threeWays(scenario, hand!.t,
      { type: 'takeOver', adviserId: hand!.id }, { type: 'sendToBreak', adviserId: hand!.id, minutes: 10 });
    // The take-over frees the adviser at that instant, so the break starts now (not after a contact).
    expect(statuses).toBe('takeOver:applied sendToBreak:applied');
    expect(advancing).toBe(replayed);
    expect(atOnce).toBe(replayed);
  });

  it('open the overflow with contacts already past the wait, then close it: live and replayed alike', () => {
    const scenario = loadScenario('scenarios/training/multichannel-tuesday.json');
    const probe = createSimulation(scenario);
    const group = scenario.overflow![0];
    let t = -1;
    while (t < 0 && !probe.finished) {
      probe.advanceTo(probe.time + 30);
      const voice = probe.snapshot().channels.find((c) => group.channels.includes(c.id) && c.longestWait > group.afterWaitSeconds);
      if (voice) t = probe.time;
    }
    expect(t).toBeGreaterThan(0);
    const [statuses, replayed, advancing, atOnce] = threeWays(scenario, t, { type: 'openOverflow', groupId: group.id }, { type: 'closeOverflow', groupId: group.id });
    expect(statuses).toBe('openOverflow:applied closeOverflow:applied');
    expect(advancing).toBe(replayed);
    expect(atOnce).toBe(replayed);
  });
});
