/**
 * Each channel behaves like the real thing (issue: every channel of a real
 * centre). Checked on the multichannel training scenario, with variations.
 */
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { adviserStates, eventIndex } from '../../sim/model/adviserMachine';
import { dueTime } from '../../sim/model/channelRuntime';
import { Field } from '../../sim/kpi/counters';
import type { Scenario } from '../../sim/index';
import { expectConservation, expectEveryContactAccountedFor, runCheckingEveryEvent } from './engine/invariants';
import { loadScenario } from './helpers';

const base = loadScenario('scenarios/training/multichannel-tuesday.json');
const channel = (s: Scenario, id: string) => s.channels.find((c) => c.id === id)!;
const variant = (change: (s: Scenario) => void): Scenario => {
  const s = structuredClone(base);
  change(s);
  return s;
};
const run = (s: Scenario) => {
  const sim = new Simulation(s);
  sim.runToEnd();
  return { sim, r: sim.result() };
};

describe('the multichannel day', () => {
  it('keeps every contact in exactly one place at every event, and accounts for all at the end', () => {
    const sim = new Simulation(base);
    expect(runCheckingEveryEvent(sim)).toBeGreaterThan(3000);
    expectEveryContactAccountedFor(sim);
  });

  it('uses every channel kind', () => {
    const { r } = run(base);
    const kinds = new Set(base.channels.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['callback', 'chat', 'email', 'messaging', 'outbound', 'voice']);
    for (const c of base.channels) {
      const k = r.kpis.byChannel[c.id];
      expect(k.handled, `${c.id} handled`).toBeGreaterThan(0);
    }
  });
});

describe('voice', () => {
  it('lets the IVR serve a share of callers, who never queue', () => {
    const { r } = run(variant((s) => { channel(s, 'voice').ivr = { deflection: 0.3 }; }));
    const k = r.kpis.byChannel.voice;
    // Every voice contact (first calls, retrials, repeats) meets the IVR.
    const share = k.deflected / (k.deflected + k.offered);
    // Binomial over ~800 calls: SE ≈ √(0.3·0.7/800) ≈ 0.016; 4 SE.
    expect(Math.abs(share - 0.3)).toBeLessThan(0.075);
  });

  it('counts callers who accept a callback as callbacks, not abandons, and calls them back', () => {
    const { sim, r } = run(variant((s) => {
      channel(s, 'voice').callback = { channel: 'callback', offerWhenWaitOverSeconds: 0, acceptShare: 1, dueWithinMinutes: 60 };
    }));
    const voice = r.kpis.byChannel.voice;
    const callback = r.kpis.byChannel.callback;
    expect(voice.callbacksAccepted).toBeGreaterThan(50);
    expect(voice.callbacksAccepted).toBe(voice.callbacksOffered); // everyone offered accepted
    expect(voice.answered + voice.abandoned + voice.callbacksAccepted).toBe(voice.offered);
    // Every accepted request became a callback contact, made (or carried over).
    expect(callback.offered).toBe(voice.callbacksAccepted);
    expect(callback.answered + callback.carriedOver).toBe(callback.offered);
    expect(callback.onTimeShare).not.toBeNull();
    expectEveryContactAccountedFor(sim);
  });

  it('makes callers with less patience than the announced wait hang up at the announcement', () => {
    // Every caller will wait exactly 100 s; the announcement comes 15 s into the queue.
    const patient100 = (announce: boolean) => variant((s) => {
      const voice = channel(s, 'voice');
      voice.patience = { dist: 'constant', value: 100 };
      delete voice.callback;
      delete voice.retrial;
      if (!announce) delete voice.announcement;
    });
    const abandonedWithin20s = (s: Scenario) => {
      const { sim } = run(s);
      return sim.counters.get(sim.counters.totalRow(0), Field.abandonedWithinThreshold);
    };
    expect(abandonedWithin20s(patient100(false))).toBe(0); // nobody hangs up before 100 s
    expect(abandonedWithin20s(patient100(true))).toBeGreaterThan(0); // told of a long wait at 15 s, some leave then
  });

  it('brings a share of abandoners back as retrials, and unresolved customers back as repeats', () => {
    const { r } = run(variant((s) => { channel(s, 'voice').retrial = { share: 1, delay: { dist: 'constant', value: 60 } }; }));
    const k = r.kpis.byChannel.voice;
    expect(k.retrials).toBeGreaterThan(0.8 * k.abandoned); // all abandoners before closing call again
    expect(k.repeatContacts).toBeGreaterThan(0);
    expect(k.fcr!).toBeGreaterThan(0.75);
    expect(k.fcr!).toBeLessThan(0.95); // fcr 0.85 on the channel
  });
});

describe('email', () => {
  it('loses no email across closing: each is answered or carried over to the next day', () => {
    const heavy = variant((s) => { channel(s, 'email').arrivals = { perHour: 40 }; });
    const sim = new Simulation(heavy);
    runCheckingEveryEvent(sim);
    const k = sim.result().kpis.byChannel.email;
    expect(k.carriedOver).toBeGreaterThan(10);
    expect(k.abandoned).toBe(0);
    expect(k.answered + k.carriedOver).toBe(k.offered);
    expectEveryContactAccountedFor(sim);
  });

  it('starts the day with yesterday\'s backlog, overdue emails first', () => {
    const sim = new Simulation(base);
    expect(sim.router.waiting[2]).toBe(40); // before 08:00: the carried-in backlog
    const oldest = sim.router.head(2);
    expect(sim.contacts.arrival[oldest]).toBeLessThan(-3600); // arrived yesterday
    sim.runToEnd();
    const k = sim.result().kpis.byChannel.email;
    expect(k.onTimeShare!).toBeLessThan(1); // some of yesterday's were already past due
  });

  it('computes due times in business hours, skipping the night', () => {
    const sim = new Simulation(base);
    const email = sim.channels[2];
    expect(email.dueBusiness).toBe(true);
    // 8 business hours from 15:00 on a 08:00–18:00 day: 3 h today, 5 h tomorrow → 13:00 next day.
    expect(dueTime(email, 7 * 3600, sim.frame.closeTime)).toBe(86400 + 5 * 3600);
    // From 07:00 (before opening): the whole 8 h fall today, 08:00–16:00.
    expect(dueTime(email, -3600, sim.frame.closeTime)).toBe(8 * 3600);
  });

  it('holds emails back while the voice queue is long (blending)', () => {
    const sim = new Simulation(base);
    let emailsAnswered = 0;
    sim.advisers.observer = (a, event) => {
      if (event !== eventIndex.OFFER || sim.advisers.contactChannel[a] !== 2) return;
      emailsAnswered++;
      expect(sim.router.waiting[0]).toBeLessThan(3);
    };
    sim.runToEnd();
    expect(emailsAnswered).toBeGreaterThan(100);
  });
});

describe('chat and messaging', () => {
  it('never gives an adviser more conversations than their limit, and reaches it', () => {
    const busy = variant((s) => { channel(s, 'chat').arrivals = { perHour: 90 }; });
    const sim = new Simulation(busy);
    const limits = sim.plans.map((p) => Math.max(...sim.channels.filter((c) => c.concurrent && sim.advisers.skills[sim.plans.indexOf(p)][c.index] > 0).map((c) => p.concurrency[c.id] ?? c.maxConcurrent), 0));
    let reached = false;
    runCheckingEveryEvent(sim, (s) => {
      expectConservation(s);
      for (let a = 0; a < s.advisers.count; a++) {
        expect(s.advisers.concurrent[a]).toBeLessThanOrEqual(limits[a]);
        if (s.advisers.concurrent[a] === limits[a] && limits[a] > 1) reached = true;
        if (s.advisers.concurrent[a] > 0) expect(adviserStates[s.advisers.state[a]]).toBe('talking');
      }
    });
    expect(reached).toBe(true);
  });

  it('lets chat customers abandon while they wait', () => {
    const { r } = run(variant((s) => { channel(s, 'chat').arrivals = { perHour: 90 }; }));
    expect(r.kpis.byChannel.chat.abandoned).toBeGreaterThan(0);
  });

  it('stretches handle time with concurrency', () => {
    const alone = run(variant((s) => { channel(s, 'chat').concurrencyStretch = 0; channel(s, 'chat').arrivals = { perHour: 60 }; })).r.kpis.byChannel.chat;
    const stretched = run(variant((s) => { channel(s, 'chat').concurrencyStretch = 0.5; channel(s, 'chat').arrivals = { perHour: 60 }; })).r.kpis.byChannel.chat;
    expect(stretched.aht!).toBeGreaterThan(alone.aht! * 1.1);
  });

  it('spreads a messaging conversation over several exchanges with idle gaps', () => {
    const k = run(base).r.kpis.byChannel.messaging;
    // Mean work 90 s × ~3.2 exchanges + ~2.2 gaps × 240 s: far longer than one exchange.
    expect(k.aht!).toBeGreaterThan(600);
  });
});
