/**
 * KPI counters per channel × interval (DOMAIN.md §2). A contact belongs to the
 * interval in which it arrived; the day's totals leave out contacts that arrived
 * during the warm-up. Counters are observers: the engine calls `record*` as
 * things happen, and formulas live in serviceLevel.ts.
 */
export const Field = {
  offered: 0,
  answered: 1,
  abandoned: 2,
  shortAbandoned: 3,
  answeredWithinThreshold: 4,
  waitSumAnswered: 5,
  handled: 6,
  handleSum: 7,
  talkSum: 8,
  waited: 9,
  abandonedWithinThreshold: 10,
  queued: 11,
  /** Served by the IVR, never queued (not offered). */
  deflected: 12,
  callbacksOffered: 13,
  /** Accepted a callback and left the queue: not an abandon. */
  calledBack: 14,
  /** Sent to an external overflow group. */
  overflowed: 15,
  overflowCost: 16,
  /** Handled contacts resolved first time (no repeat contact). */
  resolved: 17,
  /** Contacts that were repeats of an unresolved one, or retrials after an abandon. */
  repeats: 18,
  retrials: 19,
  /** Contacts with a due time (email, callback) answered before it. */
  answeredBeforeDue: 20,
  answeredWithDue: 21,
  /** Still waiting when the run ended (email, callback): carried over to the next day. */
  carriedOver: 22,
  /** Outbound: dial attempts, consumers reached, sales, rule breaches. */
  attempts: 23,
  reached: 24,
  conversions: 25,
  breaches: 26,
  /** Outbound attempts that reached nobody (no answer, busy, voicemail). */
  unreached: 27,
  /** Handled by an overflow group (not counted in the team's handled / AHT). */
  externalHandled: 28,
  /** Difficult contacts: hands raised, answered by the supervisor in time, left unanswered. */
  handsRaised: 29,
  handsAnswered: 30,
  handsUnanswered: 31,
  complaints: 32,
  /** Quality grid (0–100) summed over handled contacts, and how many were graded. */
  qualitySum: 33,
  qualityCount: 34,
  /** Satisfaction survey (1–5) summed over the customers who answered it, and how many did. */
  csatSum: 35,
  csatCount: 36,
} as const;
export const FIELD_COUNT = 37;

export class KpiCounters {
  /** [channel][interval][field]; the extra last "interval" row is the day total after warm-up. */
  readonly values: Float64Array;
  readonly intervalCount: number;

  constructor(
    readonly channelCount: number,
    readonly intervalSeconds: number,
    duration: number,
    readonly warmupEnd: number,
  ) {
    this.intervalCount = Math.max(1, Math.ceil(duration / intervalSeconds));
    this.values = new Float64Array(channelCount * (this.intervalCount + 1) * FIELD_COUNT);
  }

  intervalOf(arrival: number): number {
    const i = Math.floor(arrival / this.intervalSeconds);
    return i < this.intervalCount ? i : this.intervalCount - 1;
  }

  /** Row index for the day total of a channel. */
  totalRow(channel: number): number {
    return channel * (this.intervalCount + 1) + this.intervalCount;
  }

  row(channel: number, interval: number): number {
    return channel * (this.intervalCount + 1) + interval;
  }

  add(channel: number, arrival: number, field: number, amount: number): void {
    const r = this.row(channel, this.intervalOf(arrival));
    this.values[r * FIELD_COUNT + field] += amount;
    if (arrival >= this.warmupEnd) this.values[this.totalRow(channel) * FIELD_COUNT + field] += amount;
  }

  get(row: number, field: number): number {
    return this.values[row * FIELD_COUNT + field];
  }
}

/**
 * Adviser time by state class, for occupancy: handling (reserved, talking,
 * hold, wrap-up) and available idle, per interval and after warm-up.
 */
export class TimeAccounts {
  readonly handling: Float64Array;
  readonly idle: Float64Array;
  totalHandling = 0;
  totalIdle = 0;

  constructor(
    readonly intervalSeconds: number,
    readonly intervalCount: number,
    readonly warmupEnd: number,
  ) {
    this.handling = new Float64Array(intervalCount);
    this.idle = new Float64Array(intervalCount);
  }

  /** Adds [from, to) of handling (kind 1) or idle (kind 2) time, split across intervals. */
  accrue(kind: 1 | 2, from: number, to: number): void {
    if (to <= from) return;
    const target = kind === 1 ? this.handling : this.idle;
    if (to > this.warmupEnd) {
      const counted = to - Math.max(from, this.warmupEnd);
      if (kind === 1) this.totalHandling += counted;
      else this.totalIdle += counted;
    }
    const last = this.intervalCount - 1;
    const first = Math.min(Math.floor(from / this.intervalSeconds), last);
    if (first === last || to <= (first + 1) * this.intervalSeconds) {
      target[first] += to - from; // the common case: within one interval
      return;
    }
    let t = from;
    while (t < to) {
      const i = Math.min(Math.floor(t / this.intervalSeconds), last);
      const end = i === last ? to : Math.min(to, (i + 1) * this.intervalSeconds);
      target[i] += end - t;
      t = end;
    }
  }
}
