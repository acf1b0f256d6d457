/**
 * Who works which channel when (the `planChannel` command): from `from` to `to` the
 * adviser serves only that channel, then returns to the skills and routing profile they
 * had when the assignment began. Both ends are events on the day's queue, so a plan made
 * before the day plays out exactly like the same moves made live.
 */
import type { EventQueue } from '../engine/eventQueue';
import { S as machineStates } from './adviserMachine';
import type { AdviserStore } from './advisers';
import type { ChannelRuntime } from './channelRuntime';
import { Ev } from './eventKinds';
import type { Clock } from './frame';

const S = { ...machineStates };

export interface ChannelAssignment {
  readonly adviser: number;
  readonly channel: number;
  /** Simulated seconds since the clock start. */
  readonly from: number;
  readonly to: number;
  /** What the adviser had when it began (restored at its end); null before it began. */
  saved: { readonly skills: Record<string, number>; readonly profile: Record<string, number> } | null;
  state: 'planned' | 'active' | 'done' | 'skipped';
}

export interface ChannelPlanParts {
  readonly clock: Clock;
  readonly channels: readonly ChannelRuntime[];
  readonly advisers: AdviserStore;
  readonly queue: EventQueue;
}

export interface ChannelPlanPorts {
  readonly day: { setSkills(adviser: number, skills: Record<string, number>, profile?: Record<string, number>): void };
  readonly dialling: { dial(adviser: number): boolean };
}

export class ChannelPlans {
  readonly assignments: ChannelAssignment[] = [];

  constructor(private readonly parts: ChannelPlanParts, private readonly ports: ChannelPlanPorts) {}

  /** An assignment of this adviser overlapping [from, to), if any. */
  overlapping(adviser: number, from: number, to: number): ChannelAssignment | undefined {
    return this.assignments.find((p) => p.adviser === adviser && p.state !== 'skipped' && p.state !== 'done' && p.from < to && from < p.to);
  }

  plan(adviser: number, channel: number, from: number, to: number): void {
    const index = this.assignments.length;
    this.assignments.push({ adviser, channel, from, to, saved: null, state: 'planned' });
    const { queue, clock } = this.parts;
    queue.schedule(Math.max(from, clock.now), Ev.channelPlan, index, 0);
    queue.schedule(to, Ev.channelPlan, index, 1);
  }

  onEvent(index: number, phase: number): void {
    const p = this.assignments[index];
    if (phase === 0) this.begin(p);
    else this.end(p);
  }

  private skillsOf(adviser: number): Record<string, number> {
    const row = this.parts.advisers.skills[adviser];
    return Object.fromEntries(this.parts.channels.map((c) => [c.id, row[c.index]]));
  }

  private begin(p: ChannelAssignment): void {
    if (p.state !== 'planned') return;
    const { advisers, channels } = this.parts;
    const ch = channels[p.channel];
    const skills = this.skillsOf(p.adviser);
    // The skill was taken away since the plan was made: nothing to move them to.
    if (!(skills[ch.id] > 0)) {
      p.state = 'skipped';
      return;
    }
    p.saved = { skills, profile: { ...advisers.routingProfile[p.adviser] } };
    p.state = 'active';
    this.ports.day.setSkills(p.adviser, { [ch.id]: skills[ch.id] }, { [ch.id]: 1 });
    // An idle adviser moved to a campaign starts dialling now rather than at their next contact.
    if (ch.kind === 'outbound' && advisers.state[p.adviser] === S.available && !advisers.shiftOver[p.adviser]) this.ports.dialling.dial(p.adviser);
  }

  private end(p: ChannelAssignment): void {
    if (p.state !== 'active' || p.saved === null) return;
    p.state = 'done';
    this.ports.day.setSkills(p.adviser, p.saved.skills, p.saved.profile);
  }
}
