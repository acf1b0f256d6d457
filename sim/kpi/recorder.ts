/**
 * The KPI recorder: the only writer of the counters (statistics are observers,
 * as in ContactCenters). Each method says what happened to a contact; the
 * recorder knows which counters that moves. A contact's interval row and day
 * total row are fixed when it arrives (total −1 for a warm-up contact).
 */
import type { ContactStore } from '../model/contacts';
import { Field as fields, type KpiCounters } from './counters';

// Module-local copy: imported bindings can compile to getters (tsx/CJS interop).
const Field = { ...fields };

export class KpiRecorder {
  constructor(
    private readonly counters: KpiCounters,
    private readonly contacts: ContactStore,
    private readonly warmupEnd: number,
  ) {}

  private add(slot: number, field: number, amount: number): void {
    this.counters.addAt(this.contacts.kpiRow[slot], this.contacts.kpiTotal[slot], field, amount);
  }

  /** Fixes the contact's rows: the interval it arrived in (carried-in work counts on the first). */
  arrived(slot: number, channel: number, arrival: number): void {
    const counters = this.counters;
    const countedAt = arrival > 0 ? arrival : 0;
    this.contacts.kpiRow[slot] = counters.row(channel, counters.intervalOf(countedAt));
    this.contacts.kpiTotal[slot] = countedAt >= this.warmupEnd ? counters.totalRow(channel) : -1;
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
    this.add(slot, Field.answered, 1);
    this.add(slot, Field.waitSumAnswered, wait);
    if (wait <= threshold) this.add(slot, Field.answeredWithinThreshold, 1);
    const due = this.contacts.due[slot];
    if (due < Infinity) {
      this.add(slot, Field.answeredWithDue, 1);
      if (now <= due) this.add(slot, Field.answeredBeforeDue, 1);
    }
  }

  overflowed(slot: number, cost: number): void {
    this.add(slot, Field.overflowed, 1);
    this.add(slot, Field.overflowCost, cost);
  }

  externalHandled(slot: number): void { this.add(slot, Field.externalHandled, 1); }

  handled(slot: number, handling: number, talk: number): void {
    this.add(slot, Field.handled, 1);
    this.add(slot, Field.handleSum, handling);
    this.add(slot, Field.talkSum, talk);
  }

  resolved(slot: number): void { this.add(slot, Field.resolved, 1); }

  /** A grade on the quality grid (0–100). */
  graded(slot: number, quality: number): void {
    this.add(slot, Field.qualitySum, quality);
    this.add(slot, Field.qualityCount, 1);
  }

  complaint(slot: number): void { this.add(slot, Field.complaints, 1); }
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
