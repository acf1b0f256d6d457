/**
 * Multi-day carry-over (DOMAIN.md §7): what one day hands to the next, and how it
 * enters the next day's run. Nothing is redrawn: an email keeps its arrival time and
 * due time (shifted onto the next day's clock, so its age is exact), a callback not
 * made is due the next morning, and customers who will try again arrive in the
 * first hour. Each adviser keeps what a night does not erase: part of the fatigue,
 * stress and mood, and the proficiency gained.
 */
import type { CarriedCallRecord } from '../routing/dialer';
import type { EventQueue } from '../engine/eventQueue';
import { exp } from '../engine/detMath';
import type { AdviserStore } from './advisers';
import type { ChannelRuntime } from './channelRuntime';
import { Origin } from './contacts';
import { Ev } from './eventKinds';
import { HUMAN } from './humanFactors';
import type { AdviserPlan } from './team';

/** A deferred contact carried in, its times in seconds on the receiving day's clock (negative: before opening). */
export interface CarriedContact {
  readonly channelId: string;
  readonly arrival: number;
  /** Infinity when the channel has no due time. */
  readonly due: number;
  /** A callback promised and not made: due the next morning, whatever it was promised for. */
  readonly dueNextMorning?: boolean;
}

/** An adviser as the next morning finds them. */
export interface AdviserCarry {
  readonly fatigue: number;
  readonly stress: number;
  readonly mood: number;
  /** Proficiency per skill the adviser has in the scenario (skills granted by command last the day). */
  readonly skills: Readonly<Record<string, number>>;
  readonly daysWorked: number;
  /** When they last left the floor, seconds on that day's clock (absent when they did not work): where the night starts. */
  readonly leftAt?: number;
}

export interface CarryIn {
  readonly contacts: readonly CarriedContact[];
  /** Customers trying again (retrials and repeats due after the day ended, and next-day retrials), by channel. */
  readonly retrials: Readonly<Record<string, number>>;
  readonly advisers: Readonly<Record<string, AdviserCarry>>;
  /** Outbound channels: the call list as the last open day left it (absent on the first day: the list is generated). */
  readonly callLists?: Readonly<Record<string, readonly CarriedCallRecord[]>>;
}

/** Overnight relaxation (hours): after a 14-hour night about 30 % of the evening's fatigue is left, none after a weekend. */
export const OVERNIGHT = { fatigueTauHours: 12, stressTauHours: 12, moodTauHours: 24 } as const;
/** A callback promised and not made is due this long after the next opening ("first thing in the morning"). */
export const CALLBACK_NEXT_MORNING_SECONDS = 3600;
/** Carried retrials arrive spread evenly over the first hour of the next open day. */
export const RETRIAL_SPREAD_SECONDS = 3600;
/** Proficiency a new hire gains per day worked, as a share of what they still lack. */
export const RAMP_PER_DAY = 0.05;
/** Share of the last coaching boost that lasts beyond the day. */
export const COACHING_KEPT = 0.5;
/** Default share of a day's abandoners who try again the next open day, by channel kind. */
export const RETRIAL_NEXT_DAY_DEFAULT = { voice: 0.1, chat: 0.1, messaging: 0.1 } as Readonly<Record<string, number>>;

/**
 * What a hard day leaves on the next morning's mood: within a day mood moves only with
 * recognition (humanFactors.ts), but the evening's fatigue and stress weigh on how an
 * adviser comes back (DOMAIN.md §7: absence risk driven by mood). A normal day (fatigue
 * 0.2, stress at its baseline) costs 0.08 before the night's recovery; a day of
 * cancelled breaks and unanswered hands (0.5 and 0.6) 0.47, enough for a sick call to
 * become likely the next morning.
 */
export const MOOD_STRAIN = { fatigue: 0.4, stress: 0.6 } as const;

export function moodAfterDay(mood: number, fatigue: number, stress: number): number {
  return Math.max(0, mood - MOOD_STRAIN.fatigue * fatigue - MOOD_STRAIN.stress * Math.max(0, stress - HUMAN.stressBaseline));
}

export const emptyCarry: CarryIn = { contacts: [], retrials: {}, advisers: {} };

/** Fatigue, stress and mood after `hours` off (nights, closed days): partial recovery, never a reset. */
export function overnight(f: { fatigue: number; stress: number; mood: number }, hours: number): { fatigue: number; stress: number; mood: number } {
  return {
    fatigue: f.fatigue * exp(-hours / OVERNIGHT.fatigueTauHours),
    stress: HUMAN.stressBaseline + (f.stress - HUMAN.stressBaseline) * exp(-hours / OVERNIGHT.stressTauHours),
    mood: HUMAN.moodBaseline + (f.mood - HUMAN.moodBaseline) * exp(-hours / OVERNIGHT.moodTauHours),
  };
}

export interface CarryInParts {
  readonly channels: readonly ChannelRuntime[];
  readonly advisers: AdviserStore;
  readonly plans: readonly AdviserPlan[];
  readonly queue: EventQueue;
  readonly realistic: boolean;
  readonly waiting: { generate(channel: number, origin: number, arrival: number, due?: number): number };
  readonly dialers: readonly { readonly channel: { readonly id: string }; restore(list: readonly CarriedCallRecord[]): void }[];
}

/** Puts the carried state into a day's run, before its first event. */
export function applyCarryIn(carry: CarryIn, parts: CarryInParts): void {
  const { channels, advisers, plans, queue, waiting } = parts;
  for (const d of parts.dialers) {
    const list = carry.callLists?.[d.channel.id];
    if (list) d.restore(list);
  }
  const index = new Map(channels.map((c) => [c.id, c.index]));
  for (const c of [...carry.contacts].sort((x, y) => x.arrival - y.arrival)) {
    const ch = index.get(c.channelId);
    if (ch !== undefined) waiting.generate(ch, Origin.carriedIn, c.arrival, c.due);
  }
  for (const [id, n] of Object.entries(carry.retrials)) {
    const ch = index.get(id);
    if (ch === undefined) continue;
    for (let k = 0; k < n; k++) queue.schedule(((k + 0.5) * RETRIAL_SPREAD_SECONDS) / n, Ev.contactReturn, ch, Origin.retrial);
  }
  plans.forEach((p, a) => {
    const c = carry.advisers[p.id];
    if (!c) return;
    // Only the proficiency of skills the adviser has: routing's pools are built on which skills are above 0.
    channels.forEach((ch) => {
      if (advisers.skills[a][ch.index] > 0 && c.skills[ch.id] !== undefined) advisers.skills[a][ch.index] = Math.max(1e-3, c.skills[ch.id]);
    });
    if (!parts.realistic) return;
    advisers.fatigue[a] = c.fatigue;
    advisers.stress[a] = c.stress;
    advisers.mood[a] = c.mood;
    // Time before the shift starts is the night already counted in `overnight`.
    advisers.factorsAt[a] = Math.max(0, p.shiftStart);
  });
}

/**
 * What a day's adviser leaves for the next: proficiency (coaching kept, a new hire's ramp-up) and factors at logout.
 * `rampOf` gives a new hire's daily rate (recruitment: sim/recruitment/ramp.ts); RAMP_PER_DAY without it.
 */
export function adviserCarryOut(advisers: AdviserStore, plans: readonly AdviserPlan[], channels: readonly ChannelRuntime[], before: Readonly<Record<string, AdviserCarry>>, rampOf: (adviserId: string) => number = () => RAMP_PER_DAY): Record<string, AdviserCarry> {
  const out: Record<string, AdviserCarry> = {};
  const logout = advisers.work.factorsAtLogout;
  plans.forEach((p, a) => {
    const worked = !Number.isNaN(logout[a * 3]);
    const prior = before[p.id];
    const skills: Record<string, number> = {};
    const ramp = worked && p.newHire ? rampOf(p.id) : 0;
    for (const ch of channels) {
      const s = advisers.skills[a][ch.index];
      if (!(p.skills[ch.id] > 0) || !(s > 0)) continue;
      const kept = s + COACHING_KEPT * advisers.coachingBoost[a];
      skills[ch.id] = Math.min(1, worked && p.newHire ? kept + ramp * (1 - kept) : kept);
    }
    const factors = worked
      ? { fatigue: logout[a * 3], stress: logout[a * 3 + 1], mood: moodAfterDay(logout[a * 3 + 2], logout[a * 3], logout[a * 3 + 1]) }
      : { fatigue: prior?.fatigue ?? 0, stress: prior?.stress ?? HUMAN.stressBaseline, mood: prior?.mood ?? HUMAN.moodBaseline };
    const sessions = advisers.work.sessions[a];
    const leftAt = worked ? sessions[sessions.length - 1] : undefined;
    out[p.id] = { ...factors, skills, daysWorked: (prior?.daysWorked ?? 0) + (worked ? 1 : 0), ...(leftAt === undefined ? {} : { leftAt }) };
  });
  return out;
}
