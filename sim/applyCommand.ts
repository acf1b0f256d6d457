/**
 * Applies one validated command at the current simulated time, or refuses it
 * with a reason code (for translation), its parameters and an English reason.
 * A refusal changes nothing. The effects are documented in the README.
 */
import { applyPlanCommand, type PlanTargets } from './applyPlanCommand';
import { needsSupervisor, type Command } from './commands';
import { adviserStates, inGroup } from './model/adviserMachine';
import { Pending as pendingCodes, pendingNames, type AdviserStore } from './model/advisers';
import type { AdviserDay } from './model/adviserDay';
import type { ShiftBooks } from './model/books';
import type { Breaks } from './model/breaks';
import type { ChannelRuntime } from './model/channelRuntime';
import type { Clock } from './model/frame';
import type { Overflow } from './model/overflow';
import type { Presence } from './model/presence';
import { recruitmentCommandTypes } from './recruitment/ids';
import type { RecruitmentCommand, RecruitmentDesk } from './recruitment/desk';
import { done as ok, refuse as no, type ActionOutcome, type SupervisorActions } from './model/supervisorActions';
import type { AdviserPlan } from './model/team';
import type { FloorManager } from './model/floorManager';
import type { Dialer } from './routing/dialer';
import type { Router } from './routing/router';
import { formatClock } from './scenario/schema';

const Pending = { ...pendingCodes };

/** What commands act on: the centre's modules and stores (see simulation.ts). */
export interface CommandTargets extends PlanTargets {
  readonly clock: Clock;
  readonly dayStart: number;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly channels: readonly ChannelRuntime[];
  readonly router: Router;
  readonly overflow: Overflow;
  readonly dialers: readonly Dialer[];
  readonly books: ShiftBooks;
  readonly supervisorActions: SupervisorActions;
  readonly day: AdviserDay;
  readonly breaks: Breaks;
  readonly presence: Presence;
  /** Null when the scenario has no floor manager: no budget, and reports are refused. */
  readonly manager: FloorManager | null;
  /** Null when the run has no candidates (recruitment commands are then refused). */
  readonly recruitment: RecruitmentDesk | null;
}

const activityOf: Record<string, number> = {
  sendToBreak: Pending.break,
  sendToTraining: Pending.training,
  assignOfflineTask: Pending.offlineTask,
};

const awayLabel: Record<string, string> = {
  offline: 'logged out', absent: 'absent', break: 'on a break', coaching: 'in a coaching session', training: 'in training', offlineTask: 'on an offline task',
};

const isRecruitment = (c: Command): c is Extract<Command, RecruitmentCommand> => recruitmentCommandTypes.has(c.type);

export function applyCommand(sim: CommandTargets, command: Command): ActionOutcome {
  if (isRecruitment(command)) {
    if (!sim.recruitment) return no('noCandidates', 'the scenario has no candidates: recruitment needs a multi-day scenario with candidates and hiring');
    // The desk checks the supervisor itself for an interview, after the candidate (a wrong id is the clearer refusal).
    return sim.recruitment.apply(command);
  }
  if (needsSupervisor.has(command.type)) {
    const busy = sim.supervisorActions.busyRefusal();
    if (busy) return busy;
  }
  switch (command.type) {
    case 'openOverflow':
    case 'closeOverflow': {
      const groups = sim.overflow.groups;
      const group = groups.findIndex((g) => g.id === command.groupId);
      if (group < 0) {
        const list = groups.map((g) => g.id).join(', ');
        return no('unknownOverflowGroup', `unknown overflow group "${command.groupId}"${list ? ` (groups: ${list})` : ': the scenario has none'}`, { group: command.groupId });
      }
      const open = command.type === 'openOverflow';
      if (groups[group].open === open) return no(open ? 'overflowAlreadyOpen' : 'overflowAlreadyClosed', `overflow group "${command.groupId}" is already ${open ? 'open' : 'closed'}`, { group: command.groupId });
      const overBudget = open ? sim.manager?.budgetRefusal('overflow') : null;
      if (overBudget) return overBudget;
      sim.overflow.setOpen(group, open);
      sim.manager?.noteOverflow(group, open);
      return ok();
    }
    case 'overrideDialerRules': {
      const dialer = sim.dialers.find((d) => d.channel.id === command.channelId);
      if (!dialer) return no('notOutbound', `"${command.channelId}" is not an outbound channel`, { channel: command.channelId });
      dialer.override = command.enabled;
      return ok('applied', command.enabled ? 'calls breaking the French rules will be logged as breaches' : undefined);
    }
    case 'setCallbackOffer': {
      const ch = sim.channels.find((c) => c.id === command.channelId);
      if (!ch) return no('unknownChannel', `unknown channel "${command.channelId}"`, { channel: command.channelId });
      if (!ch.spec.callback) return no('noCallbackChannel', `"${command.channelId}" has no callback channel to offer`, { channel: command.channelId });
      ch.callbackOn = command.enabled;
      if (command.offerWhenWaitOverSeconds !== undefined) ch.callbackThreshold = command.offerWhenWaitOverSeconds;
      return ok();
    }
    case 'setIvrMessage': {
      const ch = sim.channels.find((c) => c.id === command.channelId);
      if (!ch) return no('unknownChannel', `unknown channel "${command.channelId}"`, { channel: command.channelId });
      if (ch.kind !== 'voice') return no('notVoice', `"${command.channelId}" is not a voice channel: it has no IVR`, { channel: command.channelId });
      ch.ivrIncident = command.message === 'incident';
      return ok();
    }
    case 'setQueuePriority': {
      const ch = sim.channels.find((c) => c.id === command.channelId);
      if (!ch) return no('unknownChannel', `unknown channel "${command.channelId}"`, { channel: command.channelId });
      ch.priority = command.priority;
      for (let a = 0; a < sim.advisers.count; a++) sim.router.refreshProfile(a);
      return ok();
    }
    case 'teamBriefing':
      return sim.supervisorActions.teamBriefing(command.minutes);
    case 'reportToManager':
      if (!sim.manager) return no('noManager', 'this scenario has no floor manager to report to (no "floorManager")');
      return sim.manager.report(command.subject, command.request, command.note);
    case 'planBreaks':
    case 'planChannel':
    case 'configureDialer':
      return applyPlanCommand(sim, command);
    default:
      return applyAdviserCommand(sim, command);
  }
}

function applyAdviserCommand(sim: CommandTargets, command: Command & { adviserId: string }): ActionOutcome {
  const adviser = sim.plans.findIndex((p) => p.id === command.adviserId);
  if (adviser < 0) return no('unknownAdviser', `unknown adviser "${command.adviserId}"`, { adviser: command.adviserId });
  const advisers = sim.advisers;
  const state = adviserStates[advisers.state[adviser]];
  const name = sim.plans[adviser].name;
  const who = `${name} (${command.adviserId})`;
  const p = { adviser: name };
  const loggedOff = inGroup.off[advisers.state[adviser]] === 1;

  switch (command.type) {
    case 'coach':
    case 'sendToBreak':
    case 'sendToTraining':
    case 'assignOfflineTask': {
      if (loggedOff) return no('notLoggedIn', `${who} is ${awayLabel[state]}`, { ...p, state });
      if (awayLabel[state]) return no('alreadyAway', `${who} is already ${awayLabel[state]}`, { ...p, state });
      if (advisers.pending[adviser] !== Pending.none) {
        return no('alreadyPlanned', `${who} already has "${pendingNames[advisers.pending[adviser]]}" planned after the current contact`, { ...p, planned: pendingNames[advisers.pending[adviser]] });
      }
      if (command.type === 'coach') return sim.supervisorActions.coach(adviser, command.minutes);
      const outcome = sim.day.requestActivity(adviser, activityOf[command.type], command.minutes * 60);
      return outcome === 'deferred' ? ok('deferred', 'after the current contact') : ok();
    }
    case 'delayBreak':
    case 'cancelBreak': {
      const k = sim.breaks.next(adviser);
      if (k < 0) return no('noBreakPlanned', `${who} has no break planned`, p);
      if (command.type === 'delayBreak') sim.breaks.delay(adviser, k, command.minutes);
      else sim.breaks.cancel(adviser, k);
      return ok();
    }
    case 'recognise':
      if (loggedOff) return no('notLoggedIn', `${who} is ${awayLabel[state]}`, { ...p, state });
      return sim.supervisorActions.recognise(adviser);
    case 'listenIn':
      return sim.supervisorActions.listenIn(adviser);
    case 'whisper':
      return sim.supervisorActions.whisper(adviser);
    case 'barge':
      return sim.supervisorActions.barge(adviser);
    case 'takeOver':
      return sim.supervisorActions.takeOver(adviser);
    case 'logOut': {
      if (loggedOff) return no('notLoggedIn', `${who} is not logged in`, { ...p, state });
      const outcome = sim.day.logOut(adviser);
      return outcome === 'deferred' ? ok('deferred', 'after the current contact') : ok();
    }
    case 'logIn':
      if (!loggedOff) return no('alreadyLoggedIn', `${who} is already logged in (${state})`, { ...p, state });
      sim.day.logIn(adviser);
      return ok();
    case 'askOvertime': {
      if (loggedOff) return no('notLoggedIn', `${who} is not on shift`, { ...p, state });
      const overBudget = sim.manager?.budgetRefusal('overtime', command.minutes);
      if (overBudget) return overBudget;
      const accepted = sim.presence.askOvertime(adviser, command.minutes);
      if (!accepted) return no('overtimeDeclined', `${who} declines to stay longer (tired or unhappy)`, p);
      sim.manager?.noteOvertime(command.minutes);
      return ok('applied', `shift now ends at ${formatClock(sim.dayStart + advisers.shiftEndAt[adviser])}`, { until: formatClock(sim.dayStart + advisers.shiftEndAt[adviser]) });
    }
    case 'callInAdviser': {
      if (!loggedOff) return no('alreadyLoggedIn', `${who} is already at work (${state})`, { ...p, state });
      if (state === 'absent') return no('adviserAbsent', `${who} is absent (sick or did not turn up): call in an adviser who is off`, p);
      const overBudget = sim.manager?.budgetRefusal('callIn');
      if (overBudget) return overBudget;
      const arrival = sim.presence.callIn(adviser);
      sim.manager?.noteCallIn();
      return ok('applied', `arrives at ${formatClock(sim.dayStart + arrival)}`, { arrival: formatClock(sim.dayStart + arrival) });
    }
    case 'recordAbsence':
      sim.books.admin.push({ at: sim.clock.now, kind: 'absence', adviserId: command.adviserId, reason: command.reason, source: 'supervisor' });
      return ok();
    case 'recordLateness':
      sim.books.admin.push({ at: sim.clock.now, kind: 'lateness', adviserId: command.adviserId, minutes: command.minutes, source: 'supervisor' });
      return ok();
    case 'setSkills': {
      const unknown = Object.keys(command.skills).filter((k) => !sim.channels.some((c) => c.id === k));
      if (unknown.length > 0) return no('unknownSkill', `unknown skill(s) ${unknown.map((k) => `"${k}"`).join(', ')}: no channel has this id`, { skills: unknown.join(', ') });
      if (!Object.values(command.skills).some((v) => v > 0)) return no('noSkill', 'an adviser needs at least one skill above 0');
      sim.day.setSkills(adviser, command.skills);
      return ok();
    }
    case 'setRoutingProfile':
    case 'moveToChannel': {
      const profile = command.type === 'moveToChannel' ? { [command.channelId]: 1 } : command.profile;
      const unknown = Object.keys(profile).filter((k) => !sim.channels.some((c) => c.id === k));
      if (unknown.length > 0) return no('unknownChannel', `unknown channel(s) ${unknown.map((k) => `"${k}"`).join(', ')}`, { channel: unknown.join(', ') });
      const skills = Object.fromEntries(sim.channels.map((c) => [c.id, advisers.skills[adviser][c.index]]));
      const unskilled = Object.keys(profile).filter((k) => !(skills[k] > 0));
      if (unskilled.length > 0) return no('noSkillFor', `${who} has no skill for ${unskilled.map((k) => `"${k}"`).join(', ')}`, { ...p, channel: unskilled.join(', ') });
      if (command.type === 'moveToChannel') {
        const only = { [command.channelId]: skills[command.channelId] };
        sim.day.setSkills(adviser, only, profile);
      } else sim.day.setSkills(adviser, skills, profile);
      return ok();
    }
    default:
      return no('unknownCommand', `unknown command "${(command as { type: string }).type}"`);
  }
}
