/**
 * The debrief's biggest missed moments: something went wrong for a while and a
 * lever was there ("10:40 — service level under 60 % for 25 minutes; the
 * overflow was available"). Drawn from the score's losses and from runs of
 * intervals far below target.
 */
import type { MissedMoment } from '../../snapshot';
import type { ShiftFacts } from '../shiftFacts';
import { clockOf, type RawEntry } from './entry';
import { appliedCommands, field, intervalServiceShare } from './facts';

/** The lever each missed duty names. */
const LEVER: Readonly<Record<string, string>> = {
  handUnanswered: 'whisper', ivrMissing: 'setIvrMessage', briefingMissing: 'teamBriefing', absenceUnrecorded: 'recordAbsence',
  newHireUncoached: 'coach', noEvaluation: 'listenIn', overflowIdle: 'closeOverflow',
  incidentUnreported: 'reportToManager', breachUnreported: 'reportToManager', riskUnreported: 'reportToManager',
  endOfDayReportMissing: 'reportToManager', endOfWeekReportMissing: 'reportToManager',
};

/** Below this share of target for a whole interval is a moment to act (60 % for an 80 % target). */
const LOW_SHARE = 0.75;

function lowServiceRuns(facts: ShiftFacts, until: number): (MissedMoment & { weight: number })[] {
  const out: (MissedMoment & { weight: number })[] = [];
  const completed = Math.min(Math.floor(until / facts.intervalSeconds), facts.live.counters.intervalCount);
  for (const ch of facts.channels) {
    if (!ch.realTime) continue;
    const group = facts.overflowGroups.find((g) => g.channels.includes(ch.id));
    let start = -1;
    for (let k = 0; k <= completed; k++) {
      const s = k < completed ? intervalServiceShare(facts, 'live', ch.id, k) : null;
      const low = s !== null && s < LOW_SHARE;
      if (low && start < 0) start = k;
      if (low || start < 0) continue;
      const from = start * facts.intervalSeconds;
      const minutes = ((k - start) * facts.intervalSeconds) / 60;
      const opened = group ? appliedCommands(facts, k * facts.intervalSeconds, 'openOverflow').some((c) => field(c, 'groupId') === group.id) : false;
      const lever = group && !opened ? 'openOverflow' : 'askOvertime';
      const what = lever === 'openOverflow' ? `the overflow ${group?.id} was available` : 'overtime or calling someone in was available';
      const time = clockOf(facts.dayStart, from);
      const under = Math.round(LOW_SHARE * ch.target * 100);
      out.push({ at: from, minutes, code: 'lowServiceLevel', lever, params: { time, minutes, channel: ch.id, under, group: group?.id ?? '' }, text: `${time} — service level on ${ch.id} under ${under} % for ${minutes} minutes; ${what}`, weight: minutes / 5 });
      start = -1;
    }
  }
  return out;
}

export function missedMoments(facts: ShiftFacts, losses: readonly RawEntry[], until: number): MissedMoment[] {
  const moments = lowServiceRuns(facts, until);
  for (const e of losses) {
    const lever = LEVER[e.code];
    if (!lever || e.points >= 0) continue;
    moments.push({ at: e.at, minutes: 0, code: e.code, lever, params: e.params, text: `${clockOf(facts.dayStart, e.at)} — ${e.text}`, weight: -e.points });
  }
  moments.sort((a, b) => b.weight - a.weight || a.at - b.at);
  return moments.slice(0, 8).map(({ weight: _w, ...m }) => m).sort((a, b) => a.at - b.at);
}
