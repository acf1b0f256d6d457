/**
 * Routing like a real ACD: the outbound dialer obeys the French rules (or logs
 * breaches when overridden), overflow, skill tiers and routing profiles.
 */
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { Field } from '../../sim/kpi/counters';
import { eventIndex } from '../../sim/model/adviserMachine';
import { isCallingTime } from '../../sim/model/outbound';
import type { Scenario } from '../../sim/index';
import { createSimulation } from '../../sim/index';
import { loadScenario } from './helpers';

const base = loadScenario('scenarios/training/multichannel-tuesday.json');
const variant = (change: (s: Scenario) => void): Scenario => {
  const s = structuredClone(base);
  change(s);
  return s;
};
const OUTBOUND = base.channels.findIndex((c) => c.id === 'outbound');

/** Runs a day and returns the simulated times at which the dialer started a call. */
function dialTimes(s: Scenario): { sim: Simulation; times: number[] } {
  const sim = new Simulation(s);
  const times: number[] = [];
  sim.advisers.observer = (a, event) => {
    if (event === eventIndex.OFFER && sim.advisers.contactChannel[a] === OUTBOUND) times.push(sim.time);
  };
  sim.runToEnd();
  return { sim, times };
}

describe('the outbound dialer', () => {
  it('dials only Mon–Fri within 10:00–13:00 and 14:00–20:00, and logs no breach', () => {
    const { sim, times } = dialTimes(base);
    expect(times.length).toBeGreaterThan(100);
    const dialer = sim.dialers[0];
    for (const t of times) expect(isCallingTime(dialer.context(t)), `call at ${t}`).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(2 * 3600); // not before 10:00
    expect(sim.books.breaches.filter((b) => b.channelId === 'outbound')).toEqual([]);
  });

  it('does not dial on a Saturday or a public holiday', () => {
    expect(dialTimes(variant((s) => { s.date = '2026-12-05'; })).times).toEqual([]); // Saturday
    expect(dialTimes(variant((s) => { s.date = '2026-12-25'; })).times).toEqual([]); // Christmas, a Friday
  });

  it('never calls a Bloctel number without a contract, nor a consumer already called 4 times in 30 days', () => {
    const { sim } = dialTimes(base);
    const records = sim.dialers[0].records;
    const forbidden = records.filter((r) => (r.bloctel && !r.hasContract) || r.attemptDays.length - r.attemptsToday >= 4);
    expect(forbidden.length).toBeGreaterThan(10);
    for (const r of forbidden) expect(r.attemptsToday, `record ${r.id}`).toBe(0);
    expect(sim.dialers[0].excludedByRules).toBeGreaterThan(0);
  });

  it('dials outside the rules when overridden, logging every breach', () => {
    const { sim, times } = dialTimes(variant((s) => { s.channels[OUTBOUND].dialer!.overrideRules = true; }));
    expect(Math.min(...times)).toBeLessThan(2 * 3600); // before 10:00
    const dialerBreaches = sim.books.breaches.filter((b) => b.channelId === 'outbound');
    const rules = new Set(dialerBreaches.map((b) => b.rule));
    expect(rules).toContain('outsideCallingHours');
    expect(rules).toContain('bloctelWithoutContract');
    const k = sim.result().kpis.byChannel.outbound;
    expect(k.outbound.breaches).toBe(dialerBreaches.length);
  });

  it('can be overridden by a command, from the time of the command', () => {
    const sim = createSimulation(base, { commands: [{ at: '08:30', type: 'overrideDialerRules', channelId: 'outbound', enabled: true }] });
    sim.runToEnd();
    const r = sim.result();
    expect(r.commands[0].status).toBe('applied');
    const dialerBreaches = r.breaches.filter((b) => b.channelId === 'outbound');
    expect(dialerBreaches.length).toBeGreaterThan(0);
    expect(Math.min(...dialerBreaches.map((b) => b.at))).toBeGreaterThanOrEqual(1800);
  });

  it('reports attempts, contacts reached and conversions', () => {
    const k = dialTimes(base).sim.result().kpis.byChannel.outbound.outbound;
    expect(k.attempts).toBe(k.reached + k.unreached);
    expect(k.contactRate!).toBeGreaterThan(0.2);
    expect(k.contactRate!).toBeLessThan(0.5); // 35 % answer on the list
    expect(k.conversions).toBeLessThanOrEqual(k.reached);
  });
});

describe('overflow', () => {
  const opened = [{ at: '08:00', type: 'openOverflow', groupId: 'outsourcer' }];

  it('opening the overflow raises the service level, at a cost (same customers)', () => {
    const without = createSimulation(base);
    without.runToEnd();
    const withOverflow = createSimulation(base, { commands: opened });
    withOverflow.runToEnd();
    const a = without.result();
    const b = withOverflow.result();
    expect(b.kpis.byChannel.voice.overflowed).toBeGreaterThan(0);
    expect(b.kpis.byChannel.voice.serviceLevel!).toBeGreaterThan(a.kpis.byChannel.voice.serviceLevel!);
    expect(b.overflow[0].cost).toBe(6.5 * (b.kpis.byChannel.voice.overflowed + b.kpis.byChannel.chat.overflowed));
    expect(a.overflow[0].cost).toBe(0);
  });

  it('never exceeds the group\'s capacity, and stops taking contacts once closed', () => {
    const sim = new Simulation(base);
    sim.submit({ at: '09:00', type: 'openOverflow', groupId: 'outsourcer' });
    sim.submit({ at: '12:00', type: 'closeOverflow', groupId: 'outsourcer' });
    let sentAfterClose = 0;
    let lastOverflowed = 0;
    while (!sim.finished) {
      sim.advanceTo(sim.loop.nextEventTime());
      expect(sim.overflow.groups[0].busy).toBeLessThanOrEqual(4);
      const overflowed = sim.counters.get(sim.counters.totalRow(0), Field.overflowed);
      if (sim.time > 4 * 3600 && overflowed > lastOverflowed) sentAfterClose++;
      lastOverflowed = overflowed;
      if (sim.time > 5 * 3600) break;
    }
    expect(lastOverflowed).toBeGreaterThan(0);
    expect(sentAfterClose).toBe(0);
  });

  it('rejects an unknown group, naming the ones there are', () => {
    const sim = createSimulation(base);
    sim.advanceTo(60);
    expect(sim.submit({ type: 'openOverflow', groupId: 'nope' })).toMatchObject({ status: 'rejected', reason: 'unknown overflow group "nope" (groups: outsourcer)' });
  });
});

describe('skills-based routing', () => {
  it('keeps a new hire off calls until the call has waited 30 s (skill tiers widen)', () => {
    const sim = new Simulation(base);
    const newHire = sim.plans.findIndex((p) => p.id === 'a12');
    let answered = 0;
    sim.advisers.observer = (a, event) => {
      if (a !== newHire || event !== eventIndex.OFFER || sim.advisers.contactChannel[a] !== 0) return;
      const slot = sim.advisers.contact[a];
      expect(sim.time - sim.contacts.arrival[slot]).toBeGreaterThanOrEqual(30);
      answered++;
    };
    sim.runToEnd();
    expect(answered).toBeGreaterThan(0);
  });

  it('follows each adviser\'s routing profile: callbacks first for a04 when both queues wait', () => {
    const sim = new Simulation(base);
    const a04 = sim.plans.findIndex((p) => p.id === 'a04');
    let voiceTaken = 0;
    sim.advisers.observer = (a, event) => {
      if (a !== a04 || event !== eventIndex.OFFER || sim.advisers.contactChannel[a] !== 0) return;
      voiceTaken++;
      expect(sim.router.waiting[1]).toBe(0); // no callback was waiting
    };
    sim.runToEnd();
    expect(voiceTaken).toBeGreaterThan(0);
  });

  it('gives a call to the adviser who has been idle longest', () => {
    const s = loadScenario('scenarios/validation/erlang-c-team12-light.json');
    const sim = new Simulation(s);
    const idleSince = new Float64Array(sim.advisers.count).fill(-1);
    let checked = 0;
    sim.advisers.observer = (a, event, _from, to) => {
      if (event === eventIndex.OFFER) {
        // Nobody idle now has been idle longer than the chosen adviser.
        for (let b = 0; b < sim.advisers.count; b++) {
          if (b !== a && idleSince[b] >= 0) expect(idleSince[b]).toBeGreaterThanOrEqual(idleSince[a]);
        }
        checked++;
        idleSince[a] = -1;
      } else if (to === 1 /* available */) idleSince[a] = sim.time;
      else idleSince[a] = -1;
    };
    sim.advanceTo(4 * 3600);
    expect(checked).toBeGreaterThan(300);
  });
});
