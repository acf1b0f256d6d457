/**
 * The lab's queueing-theory overlay: for each statistics interval of a
 * voice-like channel, what Erlang C and Erlang A predict for the staffing the
 * scenario plans (advisers on shift with the channel's skill, at the interval's
 * middle) and the interval's mean arrival rate. Drawn beside the simulation so a
 * manager sees where the textbook holds and where this centre departs from it;
 * `overlayCaveats` names the reasons this scenario departs.
 */
import { channelArrivalsPerHour } from './intervalRates';
import { channelAhtSeconds, channelPatienceSeconds } from './channelModel';
import { erlangA } from './erlangA';
import { erlangC } from './erlangC';
import { onShiftPerInterval } from '../scenario/roster';
import { intervalCount } from '../scenario/forecast';
import { toSeconds, type Channel, type Scenario } from '../scenario/schema';

export interface OverlayPoint {
  readonly index: number;
  readonly arrivalsPerHour: number;
  /** Expected arrivals in the interval (its rate × its length: the last interval may be short). */
  readonly contacts: number;
  /** Advisers on shift with the channel's skill. */
  readonly agents: number;
  /** Erlang C: service level and probability of waiting; null without agents or without arrivals. */
  readonly erlangC: { readonly serviceLevel: number; readonly pWait: number; readonly asa: number } | null;
  /** Erlang A with the channel's mean patience; null for customers who never abandon, without agents or arrivals. */
  readonly erlangA: { readonly serviceLevel: number; readonly pAbandon: number; readonly asa: number } | null;
}

export interface ChannelOverlay {
  readonly channelId: string;
  readonly points: readonly OverlayPoint[];
}

/** Why the simulation and the formulas differ in this scenario (codes the page explains). */
export type OverlayCaveat = 'abandonment' | 'nonStationary' | 'multiSkill' | 'breaks' | 'concurrency' | 'absence' | 'incidents' | 'callbackOrOverflow';

const VOICE_LIKE: readonly Channel['kind'][] = ['voice', 'callback'];

/** One overlay per voice-like channel with arrivals (the others are not an M/M/c queue). */
export function erlangOverlay(scenario: Scenario): ChannelOverlay[] {
  return scenario.channels
    .filter((ch) => VOICE_LIKE.includes(ch.kind) && ch.arrivals !== undefined)
    .map((ch) => {
      const aht = channelAhtSeconds(ch);
      const patience = channelPatienceSeconds(ch);
      const threshold = ch.serviceLevel.thresholdSeconds;
      const agentsAt = onShiftPerInterval(scenario, (e) => (e.skills[ch.id] ?? 0) > 0);
      const hours = intervalHours(scenario);
      const points = channelArrivalsPerHour(ch, scenario).map((perHour, index): OverlayPoint => {
        const agents = agentsAt[index] ?? 0;
        const contacts = perHour * (hours[index] ?? 0);
        if (!(perHour > 0) || agents < 1) return { index, arrivalsPerHour: perHour, contacts, agents, erlangC: null, erlangA: null };
        const input = { arrivalsPerHour: perHour, ahtSeconds: aht, agents, thresholdSeconds: threshold };
        const c = erlangC(input);
        const a = patience === null ? null : erlangA({ ...input, patienceSeconds: patience });
        return {
          index,
          arrivalsPerHour: perHour,
          contacts,
          agents,
          erlangC: { serviceLevel: c.serviceLevel, pWait: c.pWait, asa: c.asa },
          erlangA: a && { serviceLevel: a.serviceLevel, pAbandon: a.pAbandon, asa: a.meanWaitServed },
        };
      });
      return { channelId: ch.id, points };
    });
}

/** Length of each statistics interval in hours (the last one ends at the day's end). */
function intervalHours(scenario: Scenario): number[] {
  const start = toSeconds(scenario.clock.start);
  const end = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  return Array.from({ length: intervalCount(scenario.clock, scenario.stats.intervalMinutes) }, (_, k) => Math.max(0, Math.min(start + (k + 1) * step, end) - (start + k * step)) / 3600);
}

/** The departures from the M/M/c(+M) assumptions this scenario makes, in a fixed order. */
export function overlayCaveats(scenario: Scenario): OverlayCaveat[] {
  const out = new Set<OverlayCaveat>();
  const inbound = scenario.channels.filter((c) => c.kind !== 'outbound');
  if (inbound.some((c) => channelPatienceSeconds(c) !== null)) out.add('abandonment');
  const rates = inbound.filter((c) => c.arrivals).map((c) => channelArrivalsPerHour(c, scenario));
  if (rates.some((r) => r.some((x) => Math.abs(x - r[0]) > 1e-9 * Math.max(1, r[0])))) out.add('nonStationary');
  const skillSets = 'advisers' in scenario.team ? scenario.team.advisers.map((a) => a.skills)
    : (Array.isArray(scenario.team.generate) ? scenario.team.generate : [scenario.team.generate]).map((g) => g.skills);
  if (inbound.length > 1 && skillSets.some((s) => Object.values(s).filter((p) => p > 0).length > 1)) out.add('multiSkill');
  // Realistic mode plans breaks for everyone without a list of their own (an empty list means none).
  const listed = 'advisers' in scenario.team ? scenario.team.advisers : null;
  if (scenario.mode !== 'ideal' && (listed === null || listed.some((a) => a.breaks === undefined || a.breaks.length > 0))) out.add('breaks');
  if (scenario.channels.some((c) => 'maxConcurrent' in c && (c.maxConcurrent ?? 1) > 1)) out.add('concurrency');
  const events = scenario.events ?? [];
  if (events.some((e) => e.type === 'randomAbsence' || e.type === 'absence')) out.add('absence');
  if (events.some((e) => e.type === 'incident')) out.add('incidents');
  if ((scenario.overflow?.length ?? 0) > 0 || scenario.channels.some((c) => 'callback' in c && c.callback !== undefined)) out.add('callbackOrOverflow');
  const order: OverlayCaveat[] = ['abandonment', 'nonStationary', 'multiSkill', 'breaks', 'concurrency', 'absence', 'incidents', 'callbackOrOverflow'];
  return order.filter((c) => out.has(c));
}

/** The day as the formulas see it: each interval's prediction weighted by its expected arrivals (intervals without agents left out). */
export function overlayDay(points: readonly OverlayPoint[]): { erlangC: number | null; erlangA: number | null; erlangAAbandon: number | null } {
  const mean = (pick: (p: OverlayPoint) => number | undefined) => {
    let w = 0;
    let sum = 0;
    for (const p of points) {
      const v = pick(p);
      if (v === undefined || !(p.contacts > 0)) continue;
      w += p.contacts;
      sum += p.contacts * v;
    }
    return w > 0 ? sum / w : null;
  };
  return { erlangC: mean((p) => p.erlangC?.serviceLevel), erlangA: mean((p) => p.erlangA?.serviceLevel), erlangAAbandon: mean((p) => p.erlangA?.pAbandon) };
}
