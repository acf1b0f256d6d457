/**
 * The competent supervisor: answers raised hands at once, handles an incident
 * with the IVR message and a short briefing, records absences, coaches the new
 * hire at a quiet moment, listens in to evaluate quality, recognises good work,
 * opens the overflow when the queue needs it and closes it after. Each class of
 * action can be switched off, so tests can add them to doing nothing one by one.
 */
import type { Scenario } from '../scenario/schema';
import type { Snapshot } from '../snapshot';
import { mainChannel, queueQuiet, queueUnderPressure, type Policy, type PolicyCommand } from './policy';

export const EXPERT_ACTIONS = ['hands', 'incident', 'absence', 'coaching', 'listenIn', 'recognition', 'overflow', 'reports'] as const;
export type ExpertAction = (typeof EXPERT_ACTIONS)[number];

export function expertPolicy(actions: readonly ExpertAction[] = EXPERT_ACTIONS): Policy {
  const on = new Set(actions);
  const announced = new Set<string>();
  const briefed = new Set<string>();
  const recorded = new Set<string>();
  const coached = new Set<string>();
  const listened = new Set<string>();
  const recognised = new Set<string>();
  const openGroups = new Set<string>();
  const reported = new Set<string>();
  let lastRecognition = -Infinity;
  let calmSteps = 0;

  return {
    decide(snap: Snapshot, scenario: Scenario): PolicyCommand[] {
      const out: PolicyCommand[] = [];
      const channel = mainChannel(scenario);
      const incidents = snap.activeEvents.filter((e) => e.type === 'incident');
      // Settings and records: no need for the supervisor to be free.
      if (on.has('incident')) {
        for (const e of incidents) {
          if (!announced.has(e.id)) { announced.add(e.id); out.push({ type: 'setIvrMessage', channelId: channel, message: 'incident' }); }
        }
        if (announced.size > 0 && incidents.length === 0 && snap.channels.find((c) => c.id === channel)?.settings.ivrIncidentMessage) {
          out.push({ type: 'setIvrMessage', channelId: channel, message: 'none' });
        }
      }
      if (on.has('absence')) {
        for (const a of snap.advisers) {
          if (a.state === 'absent' && !recorded.has(a.id)) { recorded.add(a.id); out.push({ type: 'recordAbsence', adviserId: a.id, reason: 'sick' }); }
        }
      }
      if (on.has('overflow')) {
        const pressed = queueUnderPressure(snap, channel);
        calmSteps = queueQuiet(snap, channel) ? calmSteps + 1 : 0;
        for (const g of snap.overflow) {
          if (!g.open && pressed && !openGroups.has(g.id)) { openGroups.add(g.id); out.push({ type: 'openOverflow', groupId: g.id }); }
          if (g.open && calmSteps >= 8) { openGroups.delete(g.id); out.push({ type: 'closeOverflow', groupId: g.id }); }
        }
      }
      if (on.has('reports') && snap.manager) out.push(...reportsDue(snap, channel, reported));
      if (snap.supervisor.state !== 'available') return out;
      // One action that takes the supervisor's time, most urgent first.
      const hand = on.has('hands')
        ? snap.advisers.filter((a) => a.raisedHand !== null).sort((a, b) => (a.raisedHand?.deadline ?? 0) - (b.raisedHand?.deadline ?? 0))[0]
        : undefined;
      if (hand) return [...out, { type: hand.raisedHand?.vip ? 'barge' : 'whisper', adviserId: hand.id }];
      const unbriefed = on.has('incident') ? incidents.find((e) => !briefed.has(e.id)) : undefined;
      if (unbriefed) { briefed.add(unbriefed.id); return [...out, { type: 'teamBriefing', minutes: 3 }]; }
      if (!queueQuiet(snap, channel)) return out;
      const newHire = on.has('coaching') ? snap.advisers.find((a) => a.newHire && !coached.has(a.id) && a.state !== 'offline' && a.state !== 'absent' && a.pending === null) : undefined;
      if (newHire && snap.time >= 600) { coached.add(newHire.id); return [...out, { type: 'coach', adviserId: newHire.id, minutes: 15 }]; }
      const talking = on.has('listenIn') && listened.size < 3 && snap.time >= 1800 * (listened.size + 1)
        ? snap.advisers.find((a) => a.state === 'talking' && !listened.has(a.id))
        : undefined;
      if (talking) { listened.add(talking.id); return [...out, { type: 'listenIn', adviserId: talking.id }]; }
      if (on.has('recognition') && recognised.size < 3 && snap.time - lastRecognition >= 3600 && snap.time >= 3600) {
        const best = snap.advisers.filter((a) => !recognised.has(a.id) && a.state === 'available').sort((a, b) => b.handled - a.handled)[0];
        if (best) { recognised.add(best.id); lastRecognition = snap.time; return [...out, { type: 'recognise', adviserId: best.id }]; }
      }
      return out;
    },
  };
}

/** Minutes before the close at which the expert sends the end-of-day (and end-of-week) report. */
const END_OF_DAY_REPORT_LEAD = 15 * 60;

/**
 * Reporting up (scenarios with a floor manager): each incident as it starts, the first
 * completed interval of the main line 10 points or more under target, and the end-of-day
 * (and, on a run's last day, end-of-week) report shortly before the close. `done` keeps
 * what was already sent, so each goes once.
 */
function reportsDue(snap: Snapshot, channel: string, done: Set<string>): PolicyCommand[] {
  const out: PolicyCommand[] = [];
  const send = (key: string, subject: string) => {
    if (done.has(key)) return;
    done.add(key);
    out.push({ type: 'reportToManager', subject });
  };
  for (const e of snap.activeEvents) if (e.type === 'incident') send(`incident:${e.id}`, 'incident');
  const target = snap.channels.find((c) => c.id === channel)?.target ?? 0;
  const points = snap.intervals[channel] ?? [];
  const completed = points.length >= 2 ? points[points.length - 2] : undefined;
  if (completed && completed.serviceLevel !== null && completed.offered >= 5 && completed.serviceLevel <= target - 0.1) send('risk', 'targetAtRisk');
  if (snap.time >= snap.endTime - END_OF_DAY_REPORT_LEAD) {
    send('endOfDay', 'endOfDay');
    if (snap.manager?.endOfWeek) send('endOfWeek', 'endOfWeek');
  }
  return out;
}
