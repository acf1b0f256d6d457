/**
 * The project's canonical KPI formulas (DOMAIN.md §2), from raw counters.
 * Each returns null when its denominator is zero: "no data" is not 0 %.
 */
import type { ChannelKpis } from '../snapshot';
import { Field, FIELD_COUNT } from './counters';

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** answered within T ÷ (answered + abandoned − short abandons). */
export function serviceLevel(answeredWithin: number, answered: number, abandoned: number, shortAbandoned: number): number | null {
  return ratio(answeredWithin, answered + abandoned - shortAbandoned);
}

/** handling ÷ (handling + available idle). */
export function occupancy(handling: number, idle: number): number | null {
  return ratio(handling, handling + idle);
}

/** KPIs of one counter row (see KpiCounters). */
export function channelKpis(values: Float64Array, row: number): ChannelKpis {
  const base = row * FIELD_COUNT;
  const v = (f: number) => values[base + f];
  const offered = v(Field.offered);
  const answered = v(Field.answered);
  const abandoned = v(Field.abandoned);
  const shortAbandoned = v(Field.shortAbandoned);
  const within = v(Field.answeredWithinThreshold);
  const handled = v(Field.handled);
  const abandonedWithin = v(Field.abandonedWithinThreshold);
  const calledBack = v(Field.calledBack);
  return {
    offered,
    answered,
    abandoned,
    shortAbandoned,
    answeredWithinThreshold: within,
    serviceLevel: serviceLevel(within, answered, abandoned, shortAbandoned),
    answerRate: ratio(answered, offered),
    abandonRate: ratio(abandoned, offered),
    asa: ratio(v(Field.waitSumAnswered), answered),
    aht: ratio(v(Field.handleSum), handled),
    talkTime: ratio(v(Field.talkSum), handled),
    pWait: ratio(v(Field.waited), offered),
    handled,
    serviceLevelVariants: {
      removedWithinThreshold: ratio(within + abandonedWithin + calledBack, offered),
      g1: ratio(within, offered - abandonedWithin),
      g2: ratio(within + abandonedWithin, offered),
    },
    deflected: v(Field.deflected),
    callbacksOffered: v(Field.callbacksOffered),
    callbacksAccepted: calledBack,
    overflowed: v(Field.overflowed),
    overflowCost: v(Field.overflowCost),
    fcr: ratio(v(Field.resolved), handled + v(Field.externalHandled)),
    repeatContacts: v(Field.repeats),
    retrials: v(Field.retrials),
    onTimeShare: ratio(v(Field.answeredBeforeDue), v(Field.answeredWithDue)),
    carriedOver: v(Field.carriedOver),
    quality: ratio(v(Field.qualitySum), v(Field.qualityCount)),
    complaints: v(Field.complaints),
    csat: ratio(v(Field.csatSum), v(Field.csatCount)),
    csatResponses: v(Field.csatCount),
    raisedHands: { raised: v(Field.handsRaised), answered: v(Field.handsAnswered), unanswered: v(Field.handsUnanswered) },
    outbound: {
      attempts: v(Field.attempts),
      reached: v(Field.reached),
      unreached: v(Field.unreached),
      conversions: v(Field.conversions),
      breaches: v(Field.breaches),
      contactRate: ratio(v(Field.reached), v(Field.attempts)),
    },
  };
}
