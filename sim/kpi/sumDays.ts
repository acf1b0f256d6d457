/**
 * The KPIs of several days as one: what a multi-day run reports for the whole run.
 * Counts add up; means and ratios are re-weighted by what they are means of, so the
 * run's service level is the same formula on the summed counters (DOMAIN.md §2).
 */
import type { ChannelKpis } from '../snapshot';

/** The contract's KPIs (DESIGN.md §3) and the counts that add up across days. */
export type RunChannelKpis = Pick<ChannelKpis,
  | 'offered' | 'answered' | 'abandoned' | 'shortAbandoned' | 'answeredWithinThreshold' | 'serviceLevel' | 'answerRate' | 'abandonRate'
  | 'asa' | 'aht' | 'talkTime' | 'pWait' | 'handled' | 'retrials' | 'repeatContacts' | 'deflected' | 'callbacksAccepted' | 'serviceLevelVariants'>;

/** Day KPIs summed over the run: counts add up, means and ratios are re-weighted by what they are means of. */
export function sumDayKpis(days: readonly ChannelKpis[]): RunChannelKpis {
  const sum = (f: (k: ChannelKpis) => number) => days.reduce((t, k) => t + f(k), 0);
  const ratio = (num: number, den: number) => (den > 0 ? num / den : null);
  const offered = sum((k) => k.offered), answered = sum((k) => k.answered), abandoned = sum((k) => k.abandoned);
  const shortAbandoned = sum((k) => k.shortAbandoned), within = sum((k) => k.answeredWithinThreshold), handled = sum((k) => k.handled);
  const weighted = (f: (k: ChannelKpis) => number | null, w: (k: ChannelKpis) => number) => sum((k) => (f(k) ?? 0) * w(k));
  // g2 · offered = answered within T + abandoned within T: the abandons within T, exactly.
  const abandonedWithin = weighted((k) => k.serviceLevelVariants.g2, (k) => k.offered) - within;
  return {
    offered, answered, abandoned, shortAbandoned, answeredWithinThreshold: within,
    serviceLevel: ratio(within, answered + abandoned - shortAbandoned), answerRate: ratio(answered, offered), abandonRate: ratio(abandoned, offered),
    asa: ratio(weighted((k) => k.asa, (k) => k.answered), answered), aht: ratio(weighted((k) => k.aht, (k) => k.handled), handled),
    talkTime: ratio(weighted((k) => k.talkTime, (k) => k.handled), handled), pWait: ratio(weighted((k) => k.pWait, (k) => k.offered), offered), handled,
    retrials: sum((k) => k.retrials), repeatContacts: sum((k) => k.repeatContacts), deflected: sum((k) => k.deflected),
    callbacksAccepted: sum((k) => k.callbacksAccepted),
    serviceLevelVariants: {
      removedWithinThreshold: ratio(weighted((k) => k.serviceLevelVariants.removedWithinThreshold, (k) => k.offered), offered),
      g1: ratio(within, offered - abandonedWithin),
      g2: ratio(within + abandonedWithin, offered),
    },
  };
}

