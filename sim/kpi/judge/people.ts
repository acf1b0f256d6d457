/**
 * Block 2, managing the team: raised hands answered in time, coaching aimed at
 * who needs it, recognition, breaks respected, and the admin data recorded
 * (absences, lateness). Wellbeing against the ghost is in outcomes.ts.
 */
import type { ShiftFacts } from '../shiftFacts';
import { clockOf, type RawEntry } from './entry';
import { adviserName, appliedCommands, field } from './facts';
import { RULES } from './rules';

/** The hands share is split over the hands settled so far, so it does not grow with how many were raised. */
function hands(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const settled = facts.hands.filter((h) => (h.answeredAt !== null && h.answeredAt <= until) || (h.expiredAt !== null && h.expiredAt <= until));
  const each = RULES.handsShare / Math.max(1, settled.length);
  for (const h of settled) {
    const who = adviserName(facts, h.adviserId);
    if (h.answeredAt !== null && h.answeredAt <= until) {
      const wait = h.answeredAt - h.raisedAt;
      const quick = wait <= RULES.quickHandSeconds;
      const time = clockOf(facts.dayStart, h.answeredAt);
      out.push({ at: h.answeredAt, block: 'people', points: quick ? each : 0.6 * each, code: quick ? 'handAnswered' : 'handAnsweredSlow', params: { adviser: who, time, seconds: Math.round(wait) }, text: `${who}'s raised hand answered at ${time} after ${Math.round(wait)} s` });
    } else {
      const time = clockOf(facts.dayStart, h.raisedAt);
      out.push({ at: h.expiredAt as number, block: 'people', points: -each, code: 'handUnanswered', params: { adviser: who, time }, text: `${who}'s raised hand at ${time} was left unanswered` });
    }
  }
}

function coaching(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const coached = new Set<string>();
  for (const c of appliedCommands(facts, until, 'coach')) {
    const a = facts.advisers.find((x) => x.id === field(c, 'adviserId'));
    if (!a) continue;
    const needy = a.newHire || a.proficiency < 0.6;
    const points = needy ? (coached.has(a.id) ? RULES.coachMiddle : RULES.coachNeedy) : a.proficiency < 0.85 ? RULES.coachMiddle : RULES.coachStrong;
    coached.add(a.id);
    const time = clockOf(facts.dayStart, c.at);
    out.push({ at: c.at, block: 'people', points, code: needy ? 'coachNeedy' : points > 0 ? 'coachMiddle' : 'coachStrong', params: { adviser: a.name, time }, text: needy ? `Coached ${a.name} at ${time}, who needed it` : points > 0 ? `Coached ${a.name} at ${time}` : `Coached ${a.name} at ${time}, already strong: time off the queue for little` });
  }
  for (const a of facts.advisers) {
    if (!a.newHire) continue;
    const deadline = Math.min(a.shiftStart + RULES.newHireMinutes * 60, facts.closeTime);
    if (until < deadline || appliedCommands(facts, deadline, 'coach').some((c) => field(c, 'adviserId') === a.id)) continue;
    out.push({ at: deadline, block: 'people', points: RULES.newHireUncoached, code: 'newHireUncoached', params: { adviser: a.name, time: clockOf(facts.dayStart, deadline) }, text: `${a.name}, a new hire, had no coaching by ${clockOf(facts.dayStart, deadline)}` });
  }
}

function recognition(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const seen = new Set<string>();
  for (const c of appliedCommands(facts, until, 'recognise')) {
    const id = String(field(c, 'adviserId'));
    if (seen.has(id) || seen.size >= RULES.recognitionDistinct) continue;
    seen.add(id);
    const who = adviserName(facts, id);
    out.push({ at: c.at, block: 'people', points: RULES.recognition, code: 'recognition', params: { adviser: who, time: clockOf(facts.dayStart, c.at) }, text: `Recognised ${who}'s work at ${clockOf(facts.dayStart, c.at)}` });
  }
}

function adminData(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  const records = appliedCommands(facts, until, 'recordAbsence');
  for (const ab of facts.absences) {
    if (ab.at > until) continue;
    const who = adviserName(facts, ab.adviserId);
    const time = clockOf(facts.dayStart, ab.at);
    const rec = records.find((c) => field(c, 'adviserId') === ab.adviserId && c.at >= ab.at - 60);
    const deadline = ab.at + RULES.absenceMinutes * 60;
    if (rec && rec.at <= deadline) out.push({ at: rec.at, block: 'people', points: RULES.absenceRecorded, code: 'absenceRecorded', params: { adviser: who, time }, text: `${who}'s absence (${time}) recorded for the shift report` });
    else if (rec) out.push({ at: rec.at, block: 'people', points: RULES.absenceRecordedLate, code: 'absenceRecordedLate', params: { adviser: who, time }, text: `${who}'s absence (${time}) recorded late` });
    else if (until >= deadline) out.push({ at: deadline, block: 'people', points: RULES.absenceUnrecorded, code: 'absenceUnrecorded', params: { adviser: who, time }, text: `${who}'s absence (${time}) was not recorded` });
  }
  for (const rec of records) {
    if (facts.absences.some((ab) => ab.adviserId === field(rec, 'adviserId') && ab.at <= rec.at + 60)) continue;
    const who = adviserName(facts, field(rec, 'adviserId'));
    out.push({ at: rec.at, block: 'people', points: RULES.absenceWrong, code: 'absenceWrong', params: { adviser: who, time: clockOf(facts.dayStart, rec.at) }, text: `Absence recorded for ${who}, who was not absent` });
  }
  const late = facts.admin.filter((r) => r.kind === 'lateness' && r.source === 'observed' && r.at <= until);
  for (const c of appliedCommands(facts, until, 'recordLateness')) {
    const seen = late.find((r) => r.adviserId === field(c, 'adviserId') && r.at <= c.at);
    if (!seen) continue;
    const who = adviserName(facts, seen.adviserId);
    out.push({ at: c.at, block: 'people', points: RULES.latenessRecorded, code: 'latenessRecorded', params: { adviser: who, time: clockOf(facts.dayStart, c.at) }, text: `${who}'s lateness recorded` });
  }
}

function breaks(facts: ShiftFacts, until: number, out: RawEntry[]): void {
  for (const [type, points, code] of [['cancelBreak', RULES.breakCancelled, 'breakCancelled'], ['delayBreak', RULES.breakDelayed, 'breakDelayed']] as const) {
    for (const c of appliedCommands(facts, until, type)) {
      const who = adviserName(facts, field(c, 'adviserId'));
      const time = clockOf(facts.dayStart, c.at);
      out.push({ at: c.at, block: 'people', points, code, params: { adviser: who, time }, text: `${who}'s break ${type === 'cancelBreak' ? 'cancelled' : 'delayed'} at ${time}` });
    }
  }
}

export function peopleEntries(facts: ShiftFacts, until: number): RawEntry[] {
  const out: RawEntry[] = [];
  hands(facts, until, out);
  coaching(facts, until, out);
  recognition(facts, until, out);
  adminData(facts, until, out);
  breaks(facts, until, out);
  return out;
}
