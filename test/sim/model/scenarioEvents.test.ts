/**
 * Scenario events in isolation: events parsed with the scenario's own schema,
 * the kit's channels, plans, stores, queue and streams; fake presence, dialling
 * and waiting ports that record their calls. The day is 08:00–10:00.
 */
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/engine/rng';
import { ActivityLog } from '../../../sim/model/activityLog';
import { Flag, Origin } from '../../../sim/model/contacts';
import { Ev } from '../../../sim/model/eventKinds';
import { ScenarioEvents } from '../../../sim/model/scenarioEvents';
import { scenarioEventSchema } from '../../../sim/scenario/eventsSchema';
import { buildKit, drain, runEvents, voice, type ChannelInput, type KitOptions } from '../centreKit';

function setUp(events: unknown[], o: { channels?: ChannelInput[]; advisers?: KitOptions['advisers']; seed?: number } = {}) {
  const kit = buildKit({
    channels: o.channels ?? [voice('voice', { arrivals: { perHour: 60 } }), { id: 'out', kind: 'outbound', handleTime: { dist: 'constant', value: 200 } } as ChannelInput],
    advisers: o.advisers ?? [{ id: 'a', skills: { voice: 1 } }, { id: 'b', skills: { voice: 1 } }],
    seed: o.seed,
  });
  const activity = new ActivityLog();
  const calls: string[] = [];
  const generated: { channel: number; origin: number; arrival: number; due: number | undefined; flags: number | undefined }[] = [];
  const scenarioEvents = new ScenarioEvents(
    {
      clock: kit.clock, frame: kit.frame, events: events.map((e) => scenarioEventSchema.parse(e)), channels: kit.channels, plans: kit.plans,
      advisers: kit.advisers, queue: kit.queue, activity, streams: kit.streams,
    },
    {
      presence: { markAbsent: (a) => calls.push(`markAbsent ${a}`), joinNow: (a) => calls.push(`joinNow ${a}`) },
      dialling: { onDialerWake: (c) => calls.push(`onDialerWake ${c}`) },
      waiting: {
        generate: (channel, origin, arrival, due, flags) => {
          generated.push({ channel, origin, arrival, due, flags });
          return generated.length - 1;
        },
      },
    },
  );
  /** Runs the event's phase at its time. */
  const at = (time: number, index: number, phase: number) => {
    kit.clock.now = time;
    scenarioEvents.onEvent(index, phase);
  };
  return { kit, scenarioEvents, activity, calls, generated, at };
}
const label = { fr: 'Panne réseau', en: 'Network outage' };

describe('ScenarioEvents: the timetable', () => {
  it('gives each event its start (b = 0) and, if it lasts, its end (b = 1), never before the day starts', () => {
    const { scenarioEvents } = setUp([
      { type: 'incident', at: '08:30', minutes: 20, channelId: 'voice', surge: 2 },
      { type: 'absence', at: '07:50', adviserId: 'a' },
      { type: 'systemSlowdown', at: '09:00', minutes: 15, handleTimeFactor: 1.5 },
    ]);
    const kind = Ev.scenarioEvent;
    expect(scenarioEvents.timetableEntries()).toEqual([
      { time: 1800, kind, a: 0, b: 0 },
      { time: 3000, kind, a: 0, b: 1 },
      { time: 0, kind, a: 1, b: 0 },
      { time: 3600, kind, a: 2, b: 0 },
      { time: 4500, kind, a: 2, b: 1 },
    ]);
    expect(scenarioEvents.instances.map((e) => [e.start, e.end])).toEqual([[1800, 3000], [-600, null], [3600, 4500]]);
  });
});

describe('ScenarioEvents: an incident', () => {
  const incident = { type: 'incident', at: '08:30', minutes: 10, channelId: 'voice', surge: 6, label };

  it('counts the incident on its channel while it lasts and schedules its first extra contact from its own stream', () => {
    const { kit, scenarioEvents, at } = setUp([incident]);
    at(1800, 0, 0);
    expect(Array.from(scenarioEvents.incidents)).toEqual([1, 0]);
    // (surge − 1) × 60/h = 5 a minute; the gap drawn from the 'events:incidents' stream of the same seed.
    const u = new RandomStreams(kit.scenario.seed).stream('events:incidents').next();
    const [first] = drain(kit.queue);
    expect(first.kind).toBe('incidentArrival');
    expect([first.a, first.b]).toEqual([0, 0]);
    expect(first.time).toBeCloseTo(1800 - Math.log(1 - u) / (5 / 60), 6);
  });

  it('raises incident contacts through waiting.generate until its end, then stops', () => {
    const { kit, scenarioEvents, generated, at } = setUp([incident]);
    at(1800, 0, 0);
    const ran = runEvents(kit, { incidentArrival: (a, b) => scenarioEvents.onIncidentArrival(a, b) });
    expect(ran.length).toBeGreaterThan(20); // about 50 expected
    expect(generated).toHaveLength(ran.length);
    expect(generated.every((g) => g.channel === 0 && g.origin === Origin.new && g.due === -1 && g.flags === Flag.incident)).toBe(true);
    expect(generated.every((g, i) => g.arrival === ran[i].time && g.arrival > 1800 && g.arrival < 2400)).toBe(true);
    at(2400, 0, 1);
    expect(Array.from(scenarioEvents.incidents)).toEqual([0, 0]);
  });

  it('raises no extra contacts on a channel with no arrivals (surge of nothing)', () => {
    const { kit, at } = setUp([{ ...incident, channelId: 'out' }]);
    at(1800, 0, 0);
    expect(drain(kit.queue)).toEqual([]);
  });
});

describe('ScenarioEvents: the other kinds', () => {
  it('a slowdown multiplies the handle-time factor while it lasts and divides it back at its end', () => {
    const { scenarioEvents, at } = setUp([
      { type: 'systemSlowdown', at: '08:10', minutes: 30, handleTimeFactor: 1.5 },
      { type: 'systemSlowdown', at: '08:20', minutes: 30, handleTimeFactor: 2 },
    ]);
    at(600, 0, 0);
    expect(scenarioEvents.slowdown).toBe(1.5);
    at(1200, 1, 0);
    expect(scenarioEvents.slowdown).toBe(3);
    at(2400, 0, 1);
    expect(scenarioEvents.slowdown).toBe(2);
    at(3000, 1, 1);
    expect(scenarioEvents.slowdown).toBe(1);
  });

  it('an absence asks presence to mark the adviser absent', () => {
    const { calls, at } = setUp([{ type: 'absence', at: '08:10', adviserId: 'b' }]);
    at(600, 0, 0);
    expect(calls).toEqual(['markAbsent 1']);
  });

  it('a new hire is flagged from the start and joins through presence at the event', () => {
    const { kit, calls, at } = setUp([{ type: 'newHire', at: '08:10', adviserId: 'b' }]);
    expect(Array.from(kit.advisers.newHire)).toEqual([0, 1]);
    at(600, 0, 0);
    expect(calls).toEqual(['joinNow 1']);
  });

  it('a campaign start is known up front (campaignStarts) and wakes the dialler at its time', () => {
    const { scenarioEvents, calls, at } = setUp([{ type: 'campaignStart', at: '09:00', channelId: 'out' }]);
    expect([...scenarioEvents.campaignStarts]).toEqual([[1, 3600]]);
    at(3600, 0, 0);
    expect(calls).toEqual(['onDialerWake 1']);
  });

  it('a VIP complaint generates one VIP, difficult contact now', () => {
    const { generated, at } = setUp([{ type: 'vipComplaint', at: '08:45', channelId: 'voice' }]);
    at(2700, 0, 0);
    expect(generated).toEqual([{ channel: 0, origin: Origin.new, arrival: 2700, due: -1, flags: Flag.vip | Flag.difficult }]);
  });

  it('logs each start as a warning and each end in the feed, with the scenario’s wording when it has one', () => {
    const { activity, at } = setUp([{ type: 'systemSlowdown', at: '08:10', minutes: 30, handleTimeFactor: 1.5, label }]);
    at(600, 0, 0);
    at(2400, 0, 1);
    expect(activity.entries.map((e) => [e.at, e.code, e.severity, e.text, e.params])).toEqual([
      [600, 'eventStarted', 'warning', 'Event: Network outage', { type: 'systemSlowdown', event: 'Network outage', eventFr: 'Panne réseau' }],
      [2400, 'eventEnded', 'info', 'Network outage: over', { type: 'systemSlowdown', event: 'Network outage', eventFr: 'Panne réseau' }],
    ]);
  });
});

describe('ScenarioEvents: random events', () => {
  it('draws who is absent at the start from its own stream, one draw per adviser, up front', () => {
    const advisers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ id, skills: { voice: 1 } }));
    const { kit, scenarioEvents } = setUp([{ type: 'randomAbsence', probability: 0.5 }], { advisers, seed: 7 });
    const rng = new RandomStreams(7).stream('events:random');
    const expected = advisers.map(() => (rng.next() < 0.5 ? 1 : 0));
    expect(Array.from(scenarioEvents.absentAtStart)).toEqual(expected);
    expect(kit.streams.stream('events:incidents').next()).toBe(new RandomStreams(7).stream('events:incidents').next()); // untouched
  });

  it('absentAtStart is the same whatever other (scripted) events the scenario has', () => {
    const advisers = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, skills: { voice: 1 } }));
    const plain = setUp([{ type: 'randomAbsence', probability: 0.4 }], { advisers, seed: 3 });
    const busier = setUp([
      { type: 'incident', at: '08:30', minutes: 10, channelId: 'voice', surge: 3 },
      { type: 'randomAbsence', probability: 0.4 },
      { type: 'vipComplaint', at: '08:45', channelId: 'voice' },
    ], { advisers, seed: 3 });
    expect(Array.from(busier.scenarioEvents.absentAtStart)).toEqual(Array.from(plain.scenarioEvents.absentAtStart));
  });

  it('probability 0 and 1: nobody and everybody', () => {
    expect(Array.from(setUp([{ type: 'randomAbsence', probability: 0 }]).scenarioEvents.absentAtStart)).toEqual([0, 0]);
    expect(Array.from(setUp([{ type: 'randomAbsence', probability: 1 }]).scenarioEvents.absentAtStart)).toEqual([1, 1]);
  });
});

describe('ScenarioEvents.active', () => {
  it('lists the lasting events in progress, with the scenario’s own label or null', () => {
    const { scenarioEvents, at } = setUp([
      { type: 'incident', at: '08:30', minutes: 10, channelId: 'voice', surge: 1, label },
      { type: 'systemSlowdown', at: '08:35', minutes: 30, handleTimeFactor: 1.2 },
      { type: 'vipComplaint', at: '08:40', channelId: 'voice' },
    ]);
    expect(scenarioEvents.active(0)).toEqual([]);
    at(1800, 0, 0);
    at(2100, 1, 0);
    at(2400, 2, 0); // no duration: not listed as active
    expect(scenarioEvents.active(2400)).toEqual([
      { id: 'e0', type: 'incident', label, since: 1800, until: 2400 },
      { id: 'e1', type: 'systemSlowdown', label: null, since: 2100, until: 3900 },
    ]);
    at(2400, 0, 1);
    expect(scenarioEvents.active(2400).map((e) => e.id)).toEqual(['e1']);
  });
});
