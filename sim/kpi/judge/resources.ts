/**
 * Block 1, running the resources: the IVR message when an incident hits, the
 * overflow opened while it pays and closed after, advisers kept on the queue
 * while it needs them. Outcomes (service level, abandons, cost) are in outcomes.ts.
 */
import type { ShiftFacts } from '../shiftFacts';
import { clockOf, type RawEntry } from './entry';
import { adviserName, appliedCommands, field, intervalAt, timeliness, underPressure } from './facts';
import { RULES } from './rules';

function incidentMessages(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const messages = appliedCommands(facts, until, 'setIvrMessage').filter((c) => field(c, 'message') === 'incident');
  for (const inc of facts.incidents) {
    if (inc.at > until) continue;
    const answer = messages.find((c) => c.at >= inc.at - 60 && c.at <= inc.end && (inc.channelId === null || field(c, 'channelId') === inc.channelId));
    const time = clockOf(facts.dayStart, inc.at);
    if (answer) {
      const f = timeliness(answer.at - inc.at, RULES.incidentMinutes);
      const late = Math.round((answer.at - inc.at) / 60);
      out.push({ at: answer.at, block: 'resources', points: RULES.ivrOnIncident * f, code: f === 1 ? 'ivrOnIncident' : 'ivrOnIncidentLate', params: { time: clockOf(facts.dayStart, answer.at), incident: time, minutes: late }, text: `IVR incident message set at ${clockOf(facts.dayStart, answer.at)}, ${late} min after the incident began` });
    } else {
      const deadline = inc.at + 2 * RULES.incidentMinutes * 60;
      if (until >= deadline) out.push({ at: deadline, block: 'resources', points: -RULES.ivrOnIncident, code: 'ivrMissing', params: { incident: time }, text: `Incident from ${time}: callers were not told by the IVR message` });
    }
  }
}

/** Each opening of an overflow group, split into the time it paid (the queue needed it) and the time it did not. */
function overflowUse(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const opens = appliedCommands(facts, until, 'openOverflow');
  const closes = appliedCommands(facts, until, 'closeOverflow');
  for (const open of opens) {
    const group = facts.overflowGroups.find((g) => g.id === field(open, 'groupId'));
    if (!group) continue;
    const close = closes.find((c) => c.at >= open.at && field(c, 'groupId') === group.id);
    const end = close ? close.at : until;
    let paying = 0;
    let idle = 0;
    for (let k = intervalAt(facts, open.at); k * facts.intervalSeconds < end; k++) {
      const from = Math.max(open.at, k * facts.intervalSeconds);
      const to = Math.min(end, (k + 1) * facts.intervalSeconds, Math.max(facts.closeTime, open.at));
      if (to <= from) continue;
      if (underPressure(facts, group.channels, k)) paying += to - from;
      else idle += to - from;
    }
    const time = clockOf(facts.dayStart, open.at);
    if (paying > 0) out.push({ at: open.at, block: 'resources', points: (RULES.overflowPaying * paying) / 1800, code: 'overflowInSurge', params: { time, minutes: Math.round(paying / 60), group: group.id }, text: `Overflow ${group.id} opened at ${time}: ${Math.round(paying / 60)} min while the queue needed it` });
    if (idle > 0) out.push({ at: open.at, block: 'resources', points: (-RULES.overflowIdle * idle) / 1800, code: 'overflowIdle', params: { time, minutes: Math.round(idle / 60), group: group.id }, text: `Overflow ${group.id} open ${Math.round(idle / 60)} min while the team could cope (opened ${time})` });
  }
}

const OFF_QUEUE = ['assignOfflineTask', 'sendToTraining', 'logOut'] as const;

function offQueue(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const channels = facts.channels.filter((c) => c.realTime).map((c) => c.id);
  for (const type of OFF_QUEUE) {
    for (const c of appliedCommands(facts, until, type)) {
      const pressed = underPressure(facts, channels, intervalAt(facts, c.at));
      const time = clockOf(facts.dayStart, c.at);
      const who = adviserName(facts, field(c, 'adviserId'));
      out.push(pressed
        ? { at: c.at, block: 'resources', points: -RULES.offQueueUnderPressure, code: 'offQueueUnderPressure', params: { time, adviser: who, command: type }, text: `${type} for ${who} at ${time} while the queue was missing its target` }
        : { at: c.at, block: 'resources', points: -RULES.offQueueQuiet, code: 'offQueueQuiet', params: { time, adviser: who, command: type }, text: `${type} for ${who} at ${time}: off the queue` });
    }
  }
}

export function resourceEntries(facts: ShiftFacts, until: number): RawEntry[] {
  const out: RawEntry[] = [];
  incidentMessages(facts, until, out);
  overflowUse(facts, until, out);
  offQueue(facts, until, out);
  return out;
}
