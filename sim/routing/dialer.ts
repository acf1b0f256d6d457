/**
 * The outbound dialer (preview or progressive) working a call list, enforcing
 * the French rules for calls to consumers (D223-9: Mon–Fri 10:00–13:00 and
 * 14:00–20:00, never on public holidays, at most 4 attempts in 30 days, no new
 * contact for 60 days after a refusal; Bloctel numbers only under contract).
 *
 * The rules themselves are a pure kernel (sim/model/outbound); this class only
 * keeps the list's state: which record to try next and when. With the rules
 * overridden (by scenario or command) it dials anyway and reports each broken
 * rule as a breach.
 */
import type { ChannelRuntime } from '../model/channelRuntime';
import {
  generateCallList, nextCallingWindow, outboundBreaches, parseIsoDate, retryDelayMinutes,
  type CallingContext, type CallOutcome, type OutboundBreach,
} from '../model/outbound';
import type { DialerSpec } from '../scenario/channelOptions';
import { createStream, type RandomStream, type RandomStreams } from '../engine/rng';

/** A campaign calling window the supervisor set, seconds of the local day: [from, to). */
export interface DialWindow {
  readonly from: number;
  readonly to: number;
}

/** What `configureDialer` may change (sim/applyCommand.ts). */
export interface DialerSettings {
  readonly mode?: DialerSpec['mode'];
  readonly retry?: Partial<DialerSpec['retry']>;
  readonly windows?: readonly DialWindow[];
}

export interface DialRecord {
  readonly id: number;
  readonly bloctel: boolean;
  readonly hasContract: boolean;
  attemptDays: number[];
  refusalDay: number | null;
  /** Earliest simulated time of the next attempt. */
  nextTry: number;
  attemptsToday: number;
  /** Reached, out of retries, or excluded by a rule: never dialled again today. */
  closed: boolean;
  /** Reached and accepted the offer: not called again, on any later day of the run either. */
  converted: boolean;
}

/** A record as it crosses the night (its legal history, and whether the consumer signed). */
export interface CarriedCallRecord {
  readonly id: number;
  readonly bloctel: boolean;
  readonly hasContract: boolean;
  readonly attemptDays: readonly number[];
  readonly refusalDay: number | null;
  readonly converted: boolean;
}

export interface DialPlan {
  readonly record: DialRecord;
  /** Rules this call breaks (non-empty only when the rules are overridden). */
  readonly breaches: readonly OutboundBreach[];
}

/** Time rules apply to every record alike: when they forbid a call, nobody can be dialled. */
const timeRules: ReadonlySet<OutboundBreach> = new Set(['outsideCallingHours', 'weekend', 'publicHoliday']);

export class Dialer {
  /** The scenario's dialer, as `configureDialer` last changed it (mode, retry rules). */
  spec: DialerSpec;
  records: DialRecord[];
  /**
   * The campaign's own calling windows (configureDialer), null: the legal hours alone.
   * The dialer keeps to them on top of the French rules, override or not: they are the plan.
   */
  windows: readonly DialWindow[] | null = null;
  /** Records waiting for their next attempt, ordered by (nextTry, id). */
  private readonly heap: number[] = [];
  override: boolean;
  readonly outcomeRng: RandomStream;
  /** Records left out because a rule forbids calling them (not a breach: the dialer obeyed). */
  excludedByRules = 0;
  /** Time of the pending wake-up event, Infinity when none. */
  wakeAt = Infinity;
  readonly startDay: number;

  constructor(
    readonly channel: ChannelRuntime,
    date: string,
    /** Seconds since midnight at simulated time 0. */
    private readonly dayStart: number,
    streams: RandomStreams,
  ) {
    this.spec = channel.spec.dialer!;
    this.override = this.spec.overrideRules;
    this.startDay = parseIsoDate(date);
    this.outcomeRng = streams.stream(`dialer:${channel.id}`);
    this.seed = streams.seed;
    this.records = this.listOf(this.spec.list.size, streams.stream(`callList:${channel.id}`));
    this.records.forEach((_, i) => this.push(i));
  }

  private readonly seed: number;

  private listOf(size: number, rng: RandomStream): DialRecord[] {
    return generateCallList({ ...this.spec.list, size }, this.startDay, rng).map((r) => ({
      id: r.id, bloctel: r.bloctel, hasContract: r.hasContract, attemptDays: [...r.attemptDays], refusalDay: r.refusalDay,
      nextTry: 0, attemptsToday: 0, closed: false, converted: false,
    }));
  }

  /** True once any record was dialled today, or on an earlier day of the run (the list can no longer be resized). */
  get started(): boolean {
    return this.carried || this.records.some((r) => r.attemptsToday > 0 || r.closed);
  }

  /** The list came from the day before (restore): its history is the campaign's, never regenerated. */
  private carried = false;

  /** Changes the mode, retry rules or calling windows (configureDialer). */
  configure(settings: DialerSettings): void {
    this.spec = {
      ...this.spec,
      ...(settings.mode ? { mode: settings.mode } : {}),
      retry: { ...this.spec.retry, ...settings.retry },
    };
    if (settings.windows) this.windows = [...settings.windows].sort((a, b) => a.from - b.from);
  }

  /**
   * A list of `size` records before the first call: the same stream from its start, so
   * the records are the scenario's own (record k is the same whatever the size).
   */
  resizeList(size: number): void {
    this.spec = { ...this.spec, list: { ...this.spec.list, size } };
    this.records = this.listOf(size, createStream(this.seed, `callList:${this.channel.id}`));
    this.heap.length = 0;
    this.records.forEach((_, i) => this.push(i));
  }

  /**
   * A later day of a multi-day run works the list the day before left (DOMAIN.md §7): each
   * record's attempts (4 in 30 days) and refusal (60 days) stay on it, and a consumer who
   * signed is not called again. Called before the day's first event.
   */
  restore(list: readonly CarriedCallRecord[]): void {
    this.carried = true;
    this.records.length = 0;
    this.heap.length = 0;
    for (const r of list) {
      this.records.push({ ...r, attemptDays: [...r.attemptDays], nextTry: 0, attemptsToday: 0, closed: r.converted });
      if (!r.converted) this.push(this.records.length - 1);
    }
  }

  /** The list as the day leaves it, for the next open day. */
  carryOut(): CarriedCallRecord[] {
    return this.records.map((r) => ({ id: r.id, bloctel: r.bloctel, hasContract: r.hasContract, attemptDays: [...r.attemptDays], refusalDay: r.refusalDay, converted: r.converted }));
  }

  /** Null when `now` is inside one of the campaign's windows (or it has none), else when the next one opens. */
  private windowWake(now: number): number | null {
    if (this.windows === null) return null;
    const ctx = this.context(now);
    for (const w of this.windows) {
      if (ctx.secondOfDay < w.from) return this.timeOf({ day: ctx.day, secondOfDay: w.from });
      if (ctx.secondOfDay < w.to) return null;
    }
    return this.windows.length > 0 ? this.timeOf({ day: ctx.day + 1, secondOfDay: this.windows[0].from }) : Infinity;
  }

  /** Calendar day and local time at simulated time `t`. */
  context(t: number): CallingContext {
    const local = this.dayStart + t;
    const dayOffset = Math.floor(local / 86400);
    return { day: this.startDay + dayOffset, secondOfDay: local - dayOffset * 86400 };
  }

  /** Simulated time of a calendar context. */
  timeOf(ctx: CallingContext): number {
    return (ctx.day - this.startDay) * 86400 + ctx.secondOfDay - this.dayStart;
  }

  get remaining(): number {
    return this.heap.length;
  }

  /**
   * The record to dial now, or the time to try again: `{ wakeAt }` when no record
   * may be called before then (calling hours, retry delays), `null` when the
   * list is exhausted.
   */
  next(now: number): DialPlan | { wakeAt: number } | null {
    for (;;) {
      if (this.heap.length === 0) return null;
      const record = this.records[this.heap[0]];
      if (record.nextTry > now) return { wakeAt: record.nextTry };
      const windowOpens = this.windowWake(now);
      if (windowOpens !== null) return { wakeAt: windowOpens };
      const ctx = this.context(now);
      const breaches = outboundBreaches(record, ctx);
      if (breaches.length > 0 && !this.override) {
        if (breaches.some((b) => timeRules.has(b))) {
          const window = nextCallingWindow(ctx);
          return window ? { wakeAt: this.timeOf(window) } : null;
        }
        this.pop();
        record.closed = true; // a consumer-level rule forbids calling them today
        this.excludedByRules++;
        continue;
      }
      this.pop();
      record.attemptDays.push(ctx.day);
      record.attemptsToday++;
      return { record, breaches };
    }
  }

  /** Books the outcome of an attempt: a refusal, or when to retry. */
  recordOutcome(record: DialRecord, outcome: CallOutcome, converted: boolean, now: number): void {
    if (outcome === 'answered') {
      if (!converted) record.refusalDay = this.context(now).day;
      record.converted = converted;
      record.closed = true;
      return;
    }
    const delay = retryDelayMinutes(outcome, record.attemptsToday, this.spec.retry);
    if (delay === null) {
      record.closed = true;
      return;
    }
    record.nextTry = now + delay * 60;
    this.push(record.id);
  }

  private before(i: number, j: number): boolean {
    const a = this.records[i];
    const b = this.records[j];
    return a.nextTry < b.nextTry || (a.nextTry === b.nextTry && a.id < b.id);
  }

  private push(index: number): void {
    const h = this.heap;
    h.push(index);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.before(h[l], h[m])) m = l;
      if (r < h.length && this.before(h[r], h[m])) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
