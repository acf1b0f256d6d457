/**
 * Outcomes against the ghost run: the same customers with nothing done. What
 * the supervisor changed is the difference, so the day's luck cancels. Read
 * from the counters of the intervals up to `last` (a contact belongs to the
 * interval it arrived in), so the same rule gives the live score and each
 * point of the interval trend.
 */
import { Field, type KpiCounters } from '../counters';
import type { ChannelFacts, ShiftFacts } from '../shiftFacts';
import { pct, type RawEntry } from './entry';
import { RULES } from './rules';

interface Totals {
  offered: number; slNum: number; slWeight: number; abandoned: number; realOffered: number;
  beforeDue: number; withDue: number; qualitySum: number; qualityCount: number;
  resolved: number; handled: number; complaints: number; overflowCost: number; csatSum: number; csatCount: number;
}

function totals(counters: KpiCounters, channels: readonly ChannelFacts[], last: number): Totals {
  const t: Totals = { offered: 0, slNum: 0, slWeight: 0, abandoned: 0, realOffered: 0, beforeDue: 0, withDue: 0, qualitySum: 0, qualityCount: 0, resolved: 0, handled: 0, complaints: 0, overflowCost: 0, csatSum: 0, csatCount: 0 };
  const whole = last >= counters.intervalCount - 1;
  for (const ch of channels) {
    const sum = (f: number) => {
      if (whole) return counters.get(counters.totalRow(ch.index), f);
      let s = 0;
      for (let k = 0; k <= last; k++) s += counters.get(counters.row(ch.index, k), f);
      return s;
    };
    const offered = sum(Field.offered);
    const answered = sum(Field.answered);
    const abandoned = sum(Field.abandoned);
    const counted = answered + abandoned - sum(Field.shortAbandoned);
    if (ch.kind !== 'outbound' && counted > 0 && ch.target > 0) {
      // Each channel judged against its own target; weighted by its volume.
      t.slNum += offered * Math.min(1.25, sum(Field.answeredWithinThreshold) / counted / ch.target);
      t.slWeight += offered;
    }
    if (ch.realTime) { t.abandoned += abandoned; t.realOffered += offered; }
    t.beforeDue += sum(Field.answeredBeforeDue);
    t.withDue += sum(Field.answeredWithDue);
    t.qualitySum += sum(Field.qualitySum);
    t.qualityCount += sum(Field.qualityCount);
    t.resolved += sum(Field.resolved);
    t.handled += sum(Field.handled) + sum(Field.externalHandled);
    t.complaints += sum(Field.complaints);
    t.overflowCost += sum(Field.overflowCost);
    t.csatSum += sum(Field.csatSum);
    t.csatCount += sum(Field.csatCount);
    t.offered += offered;
  }
  return t;
}

const share = (num: number, den: number) => (den > 0 ? num / den : null);

/** Outcome entries for the intervals 0..last, dated `at`; `current` adds what only the present state tells (wellbeing, overtime). */
export function outcomeEntries(facts: ShiftFacts, last: number, at: number, current: boolean): RawEntry[] {
  const live = totals(facts.live.counters, facts.channels, last);
  const ghost = totals(facts.ghost.counters, facts.channels, last);
  const out: RawEntry[] = [];
  // Service bought by breaking labour rules (cancelled breaks, overlong sequences) is not a supervisor's
  // merit: each such breach so far divides what the queue outcomes may gain; losses count in full.
  const labourBreaches = facts.breaches.filter((b) => b.adviserId !== undefined && b.at <= at).length;
  const credit = 1 / (1 + labourBreaches);
  const add = (block: RawEntry['block'], points: number, code: string, params: Record<string, string | number>, text: string) => {
    const credited = points > 0 && block === 'resources' && code !== 'costVsGhost' ? points * credit : points;
    if (Math.abs(credited) >= 0.05) out.push({ at, block, points: credited, code, params: credited !== points ? { ...params, breaches: labourBreaches } : params, text: credited !== points ? `${text} (gain divided by ${1 + labourBreaches}: labour rules broken)` : text });
  };
  const compare = (a: number | null, b: number | null, perPoint: number, block: RawEntry['block'], code: string, what: string, scale = 100) => {
    if (a === null || b === null) return;
    add(block, perPoint * scale * (a - b), code, { value: pct(a), ghost: pct(b) }, `${what} ${pct(a)} % against ${pct(b)} % with nothing done`);
  };
  // Service level as a share of each channel's target (capped at 125 %), so a channel far above target adds little.
  compare(share(live.slNum, live.slWeight), share(ghost.slNum, ghost.slWeight), RULES.serviceLevelPerPoint, 'resources', 'serviceLevelVsGhost', 'Service level (share of target)');
  const abLive = share(live.abandoned, live.realOffered);
  const abGhost = share(ghost.abandoned, ghost.realOffered);
  if (abLive !== null && abGhost !== null) {
    add('resources', -RULES.abandonRatePerPoint * 100 * (abLive - abGhost), 'abandonsVsGhost', { value: pct(abLive), ghost: pct(abGhost) }, `Abandon rate ${pct(abLive)} % against ${pct(abGhost)} % with nothing done`);
  }
  compare(share(live.beforeDue, live.withDue), share(ghost.beforeDue, ghost.withDue), RULES.onTimePerPoint, 'resources', 'onTimeVsGhost', 'Answered before due time');
  const extraCost = live.overflowCost - ghost.overflowCost + (current ? facts.live.cost - facts.ghost.cost - (live.overflowCost - ghost.overflowCost) : 0);
  if (extraCost !== 0) {
    const points = facts.budget > 0 ? -RULES.budgetSpent * (extraCost / facts.budget) : -RULES.budgetSpent * Math.sign(extraCost);
    add('resources', points, 'costVsGhost', { euros: Math.round(extraCost), budget: facts.budget }, `€${Math.round(extraCost)} spent on overflow and overtime (budget €${facts.budget})`);
  }
  const q = (t: Totals) => (t.qualityCount > 0 ? t.qualitySum / t.qualityCount : null);
  const qLive = q(live);
  const qGhost = q(ghost);
  if (qLive !== null && qGhost !== null) {
    add('improvement', RULES.qualityPerPoint * (qLive - qGhost), 'qualityVsGhost', { value: Math.round(qLive * 10) / 10, ghost: Math.round(qGhost * 10) / 10 }, `Quality grid ${qLive.toFixed(1)} against ${qGhost.toFixed(1)} with nothing done`);
  }
  compare(share(live.resolved, live.handled), share(ghost.resolved, ghost.handled), RULES.fcrPerPoint, 'improvement', 'fcrVsGhost', 'First-contact resolution');
  // CSAT: the same customers answer the survey in both runs (common random numbers), so the gap is what changed for them.
  const csatLive = share(live.csatSum, live.csatCount);
  const csatGhost = share(ghost.csatSum, ghost.csatCount);
  if (csatLive !== null && csatGhost !== null) {
    const r2 = (x: number) => Math.round(x * 100) / 100;
    add('improvement', RULES.csatPerTenth * 10 * (csatLive - csatGhost), 'csatVsGhost', { value: r2(csatLive), ghost: r2(csatGhost) }, `Customer satisfaction ${r2(csatLive)} / 5 against ${r2(csatGhost)} with nothing done`);
  }
  if (live.complaints !== ghost.complaints) {
    add('improvement', -RULES.complaint * (live.complaints - ghost.complaints), 'complaintsVsGhost', { value: live.complaints, ghost: ghost.complaints }, `${live.complaints} complaints against ${ghost.complaints} with nothing done`);
  }
  if (current) {
    // Wellbeing counts only where the team is worse off than with nothing done: an adviser rested
    // by being taken off the queue must not earn points (DOMAIN.md §6, no reward for it).
    const s = Math.max(0, facts.live.stress - facts.ghost.stress);
    const f = Math.max(0, facts.live.fatigue - facts.ghost.fatigue);
    add('people', -RULES.stressPerTenth * 10 * s, 'stressVsGhost', { value: pct(facts.live.stress), ghost: pct(facts.ghost.stress) }, `Team stress ${pct(facts.live.stress)} % against ${pct(facts.ghost.stress)} % with nothing done`);
    add('people', -RULES.fatiguePerTenth * 10 * f, 'fatigueVsGhost', { value: pct(facts.live.fatigue), ghost: pct(facts.ghost.fatigue) }, `Team fatigue ${pct(facts.live.fatigue)} % against ${pct(facts.ghost.fatigue)} % with nothing done`);
  }
  return out;
}
