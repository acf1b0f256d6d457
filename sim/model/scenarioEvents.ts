/**
 * Scenario events at run time: scripted ones at their times, random ones drawn
 * once at the start from their own seeded stream (so they do not depend on what
 * the supervisor does). Each starts (and, if it lasts, ends) as a timetable
 * event; while active it shows in the snapshot and changes the day: extra
 * contacts about an incident, slower handling, an absent adviser…
 */
import { exp, log } from '../engine/detMath';
import type { EventQueue } from '../engine/eventQueue';
import type { RandomStream, RandomStreams } from '../engine/rng';
import type { ScenarioEvent } from '../scenario/eventsSchema';
import { toSeconds } from '../scenario/schema';
import type { ActiveEvent } from '../snapshot';
import type { ActivityLog } from './activityLog';
import type { AdviserStore } from './advisers';
import type { ChannelRuntime } from './channelRuntime';
import { Ev as eventKinds } from './eventKinds';
import { Flag as contactFlags, Origin as origins } from './contacts';
import type { Clock, DayFrame } from './frame';
import type { AdviserPlan } from './team';

const Ev = { ...eventKinds };
const Flag = { ...contactFlags };
const Origin = { ...origins };

export interface EventInstance {
  readonly index: number;
  readonly spec: ScenarioEvent;
  /** Simulated seconds since scenario start. */
  readonly start: number;
  readonly end: number | null;
  /** The scenario's own wording, if it gives one; the console names the others by type (src/i18n). */
  readonly label: { readonly fr: string; readonly en: string } | null;
}


export interface ScenarioEventParts {
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly events: readonly ScenarioEvent[];
  readonly channels: readonly ChannelRuntime[];
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly queue: EventQueue;
  readonly activity: ActivityLog;
  readonly streams: RandomStreams;
}

/** What the events do to the day: people (absent, joining), the campaign's start, extra contacts. */
export interface ScenarioEventPorts {
  readonly presence: { markAbsent(adviser: number): void; joinNow(adviser: number): void };
  readonly dialling: { onDialerWake(channel: number): void };
  readonly waiting: { generate(channel: number, origin: number, arrival: number, due?: number, flags?: number): number };
}

export class ScenarioEvents {
  readonly instances: EventInstance[] = [];
  /** Product of the active slowdowns' handle-time factors. */
  slowdown = 1;
  /** Per channel: incidents in progress (their contacts are "incident" contacts). */
  readonly incidents: Int32Array;
  /** Advisers absent from the start of their shift (random absence), decided up front. */
  readonly absentAtStart: Uint8Array;
  /** Outbound channel index → time its campaign starts (absent: from the start). */
  readonly campaignStarts = new Map<number, number>();
  private readonly activeList: EventInstance[] = [];
  private cache: ActiveEvent[] = [];
  private readonly incidentRng: RandomStream;

  constructor(private readonly parts: ScenarioEventParts, private readonly ports: ScenarioEventPorts) {
    const { events: specs, channels, plans, advisers, frame, streams } = parts;
    this.incidents = new Int32Array(channels.length);
    this.absentAtStart = new Uint8Array(plans.length);
    this.incidentRng = streams.stream('events:incidents');
    const add = (spec: ScenarioEvent, start: number, minutes: number | null) => {
      const label = ('label' in spec && spec.label) || null;
      this.instances.push({ index: this.instances.length, spec, start, end: minutes === null ? null : start + minutes * 60, label });
    };
    const randomRng = streams.stream('events:random');
    for (const spec of specs) {
      if (spec.type === 'randomAbsence') {
        plans.forEach((_, a) => { if (randomRng.next() < spec.probability) this.absentAtStart[a] = 1; });
      } else if (spec.type === 'randomSlowdown') {
        // Poisson number of slowdowns over the opening hours, at uniform times.
        const expected = spec.perDay;
        let count = 0;
        for (let p = exp(-expected), u = randomRng.next(), cdf = p; u > cdf && count < 100; count++) {
          p *= expected / (count + 1);
          cdf += p;
        }
        for (let k = 0; k < count; k++) add(spec, Math.floor(randomRng.next() * frame.closeTime), spec.minutes);
      } else {
        const start = toSeconds(spec.at) - frame.dayStart;
        add(spec, start, 'minutes' in spec ? spec.minutes : null);
        if (spec.type === 'campaignStart') this.campaignStarts.set(channels.findIndex((c) => c.id === spec.channelId), start);
        if (spec.type === 'newHire') {
          const a = plans.findIndex((p) => p.id === spec.adviserId);
          if (a >= 0) advisers.newHire[a] = 1;
        }
      }
    }
  }

  /** Timetable entries: each instance's start (b = 0) and end (b = 1). */
  timetableEntries(): { time: number; kind: number; a: number; b: number }[] {
    const kind = Ev.scenarioEvent;
    const out: { time: number; kind: number; a: number; b: number }[] = [];
    for (const e of this.instances) {
      out.push({ time: Math.max(0, e.start), kind, a: e.index, b: 0 });
      if (e.end !== null) out.push({ time: Math.max(0, e.end), kind, a: e.index, b: 1 });
    }
    return out;
  }

  active(now: number): ActiveEvent[] {
    void now;
    return this.cache;
  }

  private changed(): void {
    this.cache = this.activeList.map((e) => ({ id: `e${e.index}`, type: e.spec.type, label: e.label, since: e.start, until: e.end }));
  }

  /** Feed parameters: the event's type, and the scenario's own wording when it has one. */
  private labelParams(e: EventInstance): Record<string, string> {
    return e.label ? { type: e.spec.type, event: e.label.en, eventFr: e.label.fr } : { type: e.spec.type };
  }

  /** An event starts (phase 0) or ends (phase 1). */
  onEvent(index: number, phase: number): void {
    const { clock, channels, plans, activity: log } = this.parts;
    const now = clock.now;
    const e = this.instances[index];
    const spec = e.spec;
    if (phase === 1) {
      const i = this.activeList.indexOf(e);
      if (i >= 0) this.activeList.splice(i, 1);
      if (spec.type === 'incident') this.incidents[channels.findIndex((c) => c.id === spec.channelId)]--;
      if (spec.type === 'systemSlowdown' || spec.type === 'randomSlowdown') this.slowdown /= spec.handleTimeFactor;
      log.add(now, 'eventEnded', `${e.label?.en ?? spec.type}: over`, this.labelParams(e));
      this.changed();
      return;
    }
    if (e.end !== null) this.activeList.push(e);
    log.add(now, 'eventStarted', `Event: ${e.label?.en ?? spec.type}`, this.labelParams(e), 'warning');
    switch (spec.type) {
      case 'incident': {
        const channel = channels.findIndex((c) => c.id === spec.channelId);
        this.incidents[channel]++;
        this.scheduleIncidentArrival(index, now);
        break;
      }
      case 'systemSlowdown':
      case 'randomSlowdown':
        this.slowdown *= spec.handleTimeFactor;
        break;
      case 'absence':
        this.ports.presence.markAbsent(plans.findIndex((p) => p.id === spec.adviserId));
        break;
      case 'campaignStart':
        this.ports.dialling.onDialerWake(channels.findIndex((c) => c.id === spec.channelId));
        break;
      case 'newHire':
        this.ports.presence.joinNow(plans.findIndex((p) => p.id === spec.adviserId));
        break;
      case 'vipComplaint':
        this.ports.waiting.generate(channels.findIndex((c) => c.id === spec.channelId), Origin.new, now, -1, Flag.vip | Flag.difficult);
        break;
      default:
        break;
    }
    this.changed();
  }

  /** The incident's extra contacts: a Poisson stream at (surge − 1) × the channel's rate at the start. */
  private scheduleIncidentArrival(index: number, after: number): void {
    const { channels, frame, queue } = this.parts;
    const e = this.instances[index];
    if (e.spec.type !== 'incident' || e.end === null) return;
    const channel = channels.find((c) => c.id === (e.spec as { channelId: string }).channelId)!;
    const step = [...channel.steps].reverse().find((s) => s.start <= e.start);
    const rate = (e.spec.surge - 1) * (step?.ratePerSecond ?? 0);
    if (rate <= 0) return;
    const next = after - log(1 - this.incidentRng.next()) / rate;
    if (next < e.end && next < frame.closeTime) queue.schedule(next, Ev.incidentArrival, index, channel.index);
  }

  onIncidentArrival(index: number, channel: number): void {
    const now = this.parts.clock.now;
    this.ports.waiting.generate(channel, Origin.new, now, -1, Flag.incident);
    this.scheduleIncidentArrival(index, now);
  }
}
