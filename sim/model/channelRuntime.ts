/**
 * A scenario channel compiled for the engine: samplers, its own random streams
 * (so adding a channel or an option shifts no other channel's customers), and
 * its options resolved to plain numbers.
 */
import { compileSampler, distributionMean, type Sampler } from '../engine/distributions';
import { PiecewisePoissonArrivals, type RateStep } from '../engine/arrivals';
import type { RandomStream, RandomStreams } from '../engine/rng';
import type { Channel, ChannelKind } from '../scenario/schema';
import { toSeconds } from '../scenario/schema';
import { DEFAULT_RESPONSE_RATE } from '../kpi/csat';

/** Queue priority by kind when the scenario gives none: real-time first, deferred work last. */
const defaultPriority: Record<ChannelKind, number> = { voice: 1, chat: 2, callback: 3, messaging: 4, email: 5, outbound: 6 };
const defaultConcurrency: Partial<Record<ChannelKind, number>> = { chat: 3, messaging: 5 };

export interface ChannelRuntime {
  readonly index: number;
  readonly id: string;
  readonly kind: ChannelKind;
  readonly spec: Channel;
  readonly threshold: number;
  /** Real-time channels: the team stays after closing to clear them; deferred ones carry over. */
  readonly realTime: boolean;
  /** Chat and messaging: an adviser holds several at once. */
  readonly concurrent: boolean;
  readonly maxConcurrent: number;
  readonly concurrencyStretch: number;
  readonly arrivals: PiecewisePoissonArrivals | null;
  readonly steps: readonly RateStep[];
  readonly workRng: RandomStream;
  readonly patienceRng: RandomStream;
  /** Draws that decide a customer's later behaviour (retrial, resolution, callback acceptance). */
  readonly behaviourRng: RandomStream;
  /** Realistic mode: each contact's variation on the quality grid; null in ideal mode (nothing is graded). */
  readonly gradeRng: RandomStream | null;
  /**
   * The satisfaction survey's draws (answers or not, the customer's noise): first contacts
   * from `survey:<id>`, returning ones (retrials, repeats, callbacks: how many depends on
   * what happened) from `survey-return:<id>`, so the first contacts' draws never shift.
   */
  readonly surveyRng: RandomStream;
  readonly surveyReturnRng: RandomStream;
  /** Share of handled customers who answer the survey; 0 for outbound (not surveyed). */
  readonly responseRate: number;
  readonly talk: Sampler;
  readonly wrapUp: Sampler;
  readonly holdProbability: number;
  readonly holdDuration: Sampler | null;
  readonly patience: Sampler | null;
  readonly exchanges: Sampler | null;
  readonly gap: Sampler | null;
  readonly deflection: number;
  readonly fcr: number;
  readonly repeatDelay: Sampler | null;
  readonly retrialShare: number;
  readonly retrialDelay: Sampler | null;
  /** Widening tiers: wait (s) from which each minimum proficiency applies. */
  readonly tierWaits: Float64Array;
  readonly tierMinProficiency: Float64Array;
  /** Blending: index of the channel whose queue must be short, and the bound; -1 when none. */
  readonly blendChannel: number;
  readonly blendBelow: number;
  /** Index of the callback channel accepted requests go to; -1 when none. */
  callbackChannel: number;
  /** Email due time: elapsed seconds, or business seconds (within opening hours). */
  readonly dueSeconds: number;
  readonly dueBusiness: boolean;
  readonly meanHandle: number;
  /** True when a queued contact needs timers or checks beyond its abandon timer (callback, announcement, tiers). */
  readonly hasQueueTimers: boolean;
  /** True when routing needs more than "longest-idle adviser with the skill" (tiers, blending, concurrency). */
  readonly simpleRouting: boolean;
  /** Share of difficult contacts (adviser raises a hand); 0 in ideal mode. */
  readonly difficultShare: number;
  /** The IVR incident message is on: a share of incident contacts is deflected. */
  ivrIncident: boolean;
  /** Callback offer on (mutable by command) and its threshold. */
  callbackOn: boolean;
  callbackThreshold: number;
  /** Queue priority, mutable by command. */
  priority: number;
  /**
   * Chat and messaging: how long before a planned break an adviser stops taking new
   * conversations, so the current ones end in time (the mean conversation at full
   * concurrency, with its customer gaps); 0 for one-at-a-time channels.
   */
  readonly drainSeconds: number;
  /** True when customers' later behaviour needs draws (retrial, resolution, callback, IVR). */
  readonly needsBehaviourDraws: boolean;
}

export function compileChannel(
  c: Channel, index: number, all: readonly Channel[], streams: RandomStreams, dayStart: number, closeTime: number, overflows: boolean, realistic: boolean,
): ChannelRuntime {
  const difficultShare = realistic ? (c.difficultShare ?? (c.kind === 'voice' || c.kind === 'callback' ? 0.06 : 0)) : 0;
  let steps: RateStep[] = [];
  if (c.arrivals) {
    steps = 'perHour' in c.arrivals
      ? [{ start: 0, ratePerSecond: c.arrivals.perHour / 3600 }]
      : c.arrivals.profile.map((p) => ({ start: Math.max(0, toSeconds(p.from) - dayStart), ratePerSecond: p.perHour / 3600 }));
    if (steps[0].start > 0) steps.unshift({ start: 0, ratePerSecond: 0 });
  }
  const tiers = c.widening ?? [{ afterSeconds: 0, minProficiency: 0 }];
  const blend = c.onlyWhen ? all.findIndex((o) => o.id === c.onlyWhen!.channel) : -1;
  const concurrent = c.kind === 'chat' || c.kind === 'messaging';
  const maxConcurrent = c.maxConcurrent ?? defaultConcurrency[c.kind] ?? 1;
  const stretch = c.concurrencyStretch ?? 0.25;
  const exchanges = c.exchanges ? distributionMean(c.exchanges) : 1;
  const drainSeconds = concurrent
    ? distributionMean(c.handleTime) * exchanges * (1 + stretch * (maxConcurrent - 1)) + (c.gap ? distributionMean(c.gap) * Math.max(0, exchanges - 1) : 0) + distributionMean(c.wrapUp)
    : 0;
  const talkMean = c.handleTime.dist === 'constant' ? c.handleTime.value : c.handleTime.dist === 'empirical' ? c.handleTime.values.reduce((a, b) => a + b, 0) / c.handleTime.values.length : c.handleTime.mean;
  return {
    index,
    id: c.id,
    kind: c.kind,
    spec: c,
    threshold: c.serviceLevel.thresholdSeconds,
    priority: c.priority ?? defaultPriority[c.kind],
    realTime: c.kind === 'voice' || c.kind === 'chat' || c.kind === 'messaging',
    concurrent,
    maxConcurrent,
    concurrencyStretch: stretch,
    drainSeconds,
    arrivals: c.arrivals ? new PiecewisePoissonArrivals(steps, closeTime, streams.stream(`arrivals:${c.id}`)) : null,
    steps,
    workRng: streams.stream(`work:${c.id}`),
    patienceRng: streams.stream(`patience:${c.id}`),
    behaviourRng: streams.stream(`customer:${c.id}`),
    gradeRng: realistic ? streams.stream(`grade:${c.id}`) : null,
    surveyRng: streams.stream(`survey:${c.id}`),
    surveyReturnRng: streams.stream(`survey-return:${c.id}`),
    responseRate: c.kind === 'outbound' ? 0 : c.survey?.responseRate ?? DEFAULT_RESPONSE_RATE,
    talk: compileSampler(c.handleTime),
    wrapUp: compileSampler(c.wrapUp),
    holdProbability: c.hold?.probability ?? 0,
    holdDuration: c.hold ? compileSampler(c.hold.duration) : null,
    patience: c.patience ? compileSampler(c.patience) : null,
    exchanges: c.exchanges ? compileSampler(c.exchanges) : null,
    gap: c.gap ? compileSampler(c.gap) : null,
    deflection: c.ivr?.deflection ?? 0,
    fcr: c.fcr ?? 1,
    repeatDelay: c.repeatDelay ? compileSampler(c.repeatDelay) : null,
    retrialShare: c.retrial?.share ?? 0,
    retrialDelay: c.retrial ? compileSampler(c.retrial.delay) : null,
    tierWaits: Float64Array.from(tiers, (t) => t.afterSeconds),
    tierMinProficiency: Float64Array.from(tiers, (t) => t.minProficiency),
    blendChannel: blend,
    blendBelow: c.onlyWhen?.queueBelow ?? 0,
    callbackChannel: -1,
    dueSeconds: c.due ? ('hours' in c.due ? c.due.hours : c.due.businessHours) * 3600 : Infinity,
    dueBusiness: Boolean(c.due && 'businessHours' in c.due),
    meanHandle: talkMean,
    difficultShare,
    ivrIncident: false,
    callbackOn: Boolean(c.callback),
    callbackThreshold: c.callback?.offerWhenWaitOverSeconds ?? Infinity,
    hasQueueTimers: Boolean(c.callback || c.announcement || tiers.length > 1),
    simpleRouting: tiers.length === 1 && tiers[0].minProficiency === 0 && blend < 0 && !(c.kind === 'chat' || c.kind === 'messaging'),
    // Realistic voice always draws: incidents and the IVR message may need them.
    needsBehaviourDraws: Boolean(c.retrial || (c.fcr !== undefined && c.fcr < 1) || c.callback || c.ivr || overflows || difficultShare > 0 || (realistic && c.kind === 'voice')),
  };
}

/** Minimum proficiency needed to answer a contact that has waited `wait` seconds. */
export function minProficiencyAfter(ch: ChannelRuntime, wait: number): number {
  let min = ch.tierMinProficiency[0];
  for (let i = 1; i < ch.tierWaits.length && ch.tierWaits[i] <= wait; i++) min = ch.tierMinProficiency[i];
  return min;
}

/**
 * Due time of a contact arriving at `arrival` (simulated seconds): elapsed, or
 * counted only within opening hours [0, closeTime) of each day (business hours).
 */
export function dueTime(ch: ChannelRuntime, arrival: number, closeTime: number): number {
  if (ch.dueSeconds === Infinity) return Infinity;
  if (!ch.dueBusiness) return arrival + ch.dueSeconds;
  let remaining = ch.dueSeconds;
  let day = Math.floor(arrival / 86400);
  let t = arrival;
  for (;;) {
    const open = day * 86400;
    const close = open + closeTime;
    if (t < open) t = open;
    if (t < close) {
      if (t + remaining <= close) return t + remaining;
      remaining -= close - t;
    }
    day++;
    t = day * 86400;
  }
}
