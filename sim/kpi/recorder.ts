/**
 * The KPI recorder: the only writer of the counters (statistics are observers,
 * as in ContactCenters). Each method says what happened to a contact; the
 * recorder knows which counters that moves. A contact's interval row and day
 * total row are fixed when it arrives, as offsets into the counters' values
 * (total −1 for a warm-up contact); a method moving several counters reads them once.
 */
import type { ContactStore } from '../model/contacts';
import { Field as fields, FIELD_COUNT, type KpiCounters } from './counters';

// Module-local copy: imported bindings can compile to getters (tsx/CJS interop).
const Field = { ...fields };

export class KpiRecorder {
  private readonly values: Float64Array;

  constructor(
    private readonly counters: KpiCounters,
    private readonly contacts: ContactStore,
    private readonly warmupEnd: number,
  ) {
    this.values = counters.values;
  }

  private add(slot: number, field: number, amount: number): void {
    const values = this.values;
    values[this.contacts.kpiRow[slot] + field] += amount;
    const total = this.contacts.kpiTotal[slot];
    if (total >= 0) values[total + field] += amount;
  }

  /** Fixes the contact's rows: the interval it arrived in (carried-in work counts on the first). */
  arrived(slot: number, channel: number, arrival: number): void {
    const counters = this.counters;
    const countedAt = arrival > 0 ? arrival : 0;
    this.contacts.kpiRow[slot] = counters.row(channel, counters.intervalOf(countedAt)) * FIELD_COUNT;
    this.contacts.kpiTotal[slot] = countedAt >= this.warmupEnd ? counters.totalRow(channel) * FIELD_COUNT : -1;
  }

  retrial(slot: number): void { this.add(slot, Field.retrials, 1); }
  repeat(slot: number): void { this.add(slot, Field.repeats, 1); }
  /** Served by self-service: never queued, not offered. */
  deflected(slot: number): void { this.add(slot, Field.deflected, 1); }
  offered(slot: number): void { this.add(slot, Field.offered, 1); }

  queued(slot: number): void {
    this.add(slot, Field.waited, 1);
    this.add(slot, Field.queued, 1);
  }

  callbackOffered(slot: number): void { this.add(slot, Field.callbacksOffered, 1); }
  /** Took the callback and left the queue: not an abandon. */
  calledBack(slot: number): void { this.add(slot, Field.calledBack, 1); }

  abandoned(slot: number, waited: number, shortAbandonSeconds: number, threshold: number): void {
    this.add(slot, Field.abandoned, 1);
    if (waited < shortAbandonSeconds) this.add(slot, Field.shortAbandoned, 1);
    if (waited <= threshold) this.add(slot, Field.abandonedWithinThreshold, 1);
  }

  answered(slot: number, wait: number, threshold: number, now: number): void {
    const contacts = this.contacts;
    const due = contacts.due[slot];
    const within = wait <= threshold;
    const withDue = due < Infinity;
    const beforeDue = withDue && now <= due;
    this.answeredAt(contacts.kpiRow[slot], wait, within, withDue, beforeDue);
    const total = contacts.kpiTotal[slot];
    if (total >= 0) this.answeredAt(total, wait, within, withDue, beforeDue);
  }

  private answeredAt(row: number, wait: number, within: boolean, withDue: boolean, beforeDue: boolean): void {
    const values = this.values;
    values[row + Field.answered] += 1;
    values[row + Field.waitSumAnswered] += wait;
    if (within) values[row + Field.answeredWithinThreshold] += 1;
    if (withDue) {
      values[row + Field.answeredWithDue] += 1;
      if (beforeDue) values[row + Field.answeredBeforeDue] += 1;
    }
  }

  overflowed(slot: number, cost: number): void {
    this.add(slot, Field.overflowed, 1);
    this.add(slot, Field.overflowCost, cost);
  }

  externalHandled(slot: number): void { this.add(slot, Field.externalHandled, 1); }

  handled(slot: number, handling: number, talk: number): void {
    const values = this.values;
    const row = this.contacts.kpiRow[slot];
    values[row + Field.handled] += 1;
    values[row + Field.handleSum] += handling;
    values[row + Field.talkSum] += talk;
    const total = this.contacts.kpiTotal[slot];
    if (total >= 0) {
      values[total + Field.handled] += 1;
      values[total + Field.handleSum] += handling;
      values[total + Field.talkSum] += talk;
    }
  }

  resolved(slot: number): void { this.add(slot, Field.resolved, 1); }

  /** A grade on the quality grid (0–100). */
  graded(slot: number, quality: number): void {
    this.add(slot, Field.qualitySum, quality);
    this.add(slot, Field.qualityCount, 1);
  }

  complaint(slot: number): void { this.add(slot, Field.complaints, 1); }

  /** The customer answered the satisfaction survey with `score` (1–5). */
  surveyed(slot: number, score: number): void {
    this.add(slot, Field.csatSum, score);
    this.add(slot, Field.csatCount, 1);
  }

  handRaised(slot: number): void { this.add(slot, Field.handsRaised, 1); }
  handAnswered(slot: number): void { this.add(slot, Field.handsAnswered, 1); }
  handUnanswered(slot: number): void { this.add(slot, Field.handsUnanswered, 1); }

  /** Still waiting when the run ends: lost for a real-time channel, carried over for deferred work. */
  leftAtEnd(slot: number, realTime: boolean): void { this.add(slot, realTime ? Field.abandoned : Field.carriedOver, 1); }

  // ── Outbound
  dialled(slot: number): void { this.add(slot, Field.attempts, 1); }
  dialerBreach(slot: number): void { this.add(slot, Field.breaches, 1); }
  reached(slot: number, converted: boolean): void {
    this.add(slot, Field.reached, 1);
    if (converted) this.add(slot, Field.conversions, 1);
  }
  unreached(slot: number): void { this.add(slot, Field.unreached, 1); }
}
