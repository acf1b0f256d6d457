/**
 * Which supervisor actions make sense for an adviser right now, and if not,
 * why. Pure: the adviser and the supervisor from the snapshot in, a verdict
 * out. These rules only spare the user an obvious refusal; the engine still
 * validates every command and its reason is shown when it refuses.
 */
import type { AdviserSnapshot, SupervisorSnapshot } from '../../sim/snapshot';

/** Actions on one adviser, in the order the card lists them. */
export const adviserActions = [
  'coach', 'sendToBreak', 'sendToTraining', 'assignOfflineTask', 'delayBreak', 'cancelBreak',
  'listenIn', 'whisper', 'barge', 'takeOver', 'recognise',
  'logOut', 'logIn', 'askOvertime', 'callInAdviser', 'recordAbsence', 'recordLateness',
  'moveToChannel', 'setSkills',
] as const;
export type AdviserAction = (typeof adviserActions)[number];

/** Actions that take a number of minutes, and the value the form starts with. */
export const defaultMinutes = {
  coach: 15,
  sendToBreak: 10,
  sendToTraining: 30,
  assignOfflineTask: 15,
  delayBreak: 15,
  askOvertime: 30,
  recordLateness: 10,
} as const satisfies Partial<Record<AdviserAction, number>>;
export type TimedAction = keyof typeof defaultMinutes;

export function isTimed(action: string): action is TimedAction {
  return action in defaultMinutes;
}

/**
 * Commands that need the supervisor in person (sim/commands.ts `needsSupervisor`;
 * a unit test keeps the two equal without pulling the engine's schemas into the page).
 */
export const supervisorActions: ReadonlySet<string> = new Set(['coach', 'recognise', 'listenIn', 'whisper', 'barge', 'takeOver', 'teamBriefing', 'interview']);

/** Answers to a raised hand: on the live contact. */
export const liveActions: ReadonlySet<string> = new Set(['listenIn', 'whisper', 'barge', 'takeOver']);

/** Why an action is not offered now; each has an i18n key `why.<code>`. */
export type Why = 'supervisorBusy' | 'loggedOut' | 'away' | 'pending' | 'noContact' | 'noRaisedHand' | 'loggedIn' | 'onShift';

export type Availability = { readonly ok: true } | { readonly ok: false; readonly why: Why };

const ok: Availability = { ok: true };
const no = (why: Why): Availability => ({ ok: false, why });

const awayStates: ReadonlySet<string> = new Set(['break', 'coaching', 'training', 'offlineTask']);

export const isLoggedOut = (a: AdviserSnapshot): boolean => a.state === 'offline' || a.state === 'absent';
/** On a live contact the supervisor can listen to or join (ringing and wrap-up are not). */
export const isOnContact = (a: AdviserSnapshot): boolean => a.state === 'talking' || a.state === 'hold';

export function supervisorFree(s: SupervisorSnapshot | undefined): boolean {
  return !s || s.state === 'available';
}

/** Centre-level actions that need the supervisor (team briefing). */
export function centreAvailability(type: string, supervisor: SupervisorSnapshot | undefined): Availability {
  return supervisorActions.has(type) && !supervisorFree(supervisor) ? no('supervisorBusy') : ok;
}

export function availability(action: AdviserAction, a: AdviserSnapshot, supervisor: SupervisorSnapshot | undefined): Availability {
  const out = isLoggedOut(a);
  const verdict = adviserRule(action, a, out);
  if (!verdict.ok) return verdict;
  return centreAvailability(action, supervisor);
}

function adviserRule(action: AdviserAction, a: AdviserSnapshot, out: boolean): Availability {
  switch (action) {
    case 'coach':
    case 'sendToBreak':
    case 'sendToTraining':
    case 'assignOfflineTask':
      if (out) return no('loggedOut');
      if (awayStates.has(a.state)) return no('away');
      if (a.pending) return no('pending');
      return ok;
    case 'delayBreak':
    case 'cancelBreak':
      return out ? no('loggedOut') : ok;
    case 'listenIn':
      return isOnContact(a) ? ok : no('noContact');
    case 'whisper':
    case 'barge':
    case 'takeOver':
      // They answer a raised hand (the engine refuses them otherwise).
      if (!isOnContact(a)) return no('noContact');
      return a.raisedHand ? ok : no('noRaisedHand');
    case 'recognise':
    case 'askOvertime':
      return out ? no('loggedOut') : ok;
    case 'logOut':
      if (out) return no('loggedOut');
      return a.pending === 'logOut' ? no('pending') : ok;
    case 'logIn':
      return out ? ok : no('loggedIn');
    case 'callInAdviser':
      return out ? ok : no('onShift');
    case 'recordAbsence':
    case 'recordLateness':
    case 'moveToChannel':
    case 'setSkills':
      return ok;
  }
}

/** The command for an action, from the form's values (minutes, reason, channel, skills). */
export function commandFor(
  action: AdviserAction,
  adviserId: string,
  form: { minutes?: number; reason?: string; channelId?: string; skills?: Readonly<Record<string, number>> } = {},
): Record<string, unknown> {
  const base = { type: action, adviserId };
  if (isTimed(action)) return { ...base, minutes: form.minutes ?? defaultMinutes[action] };
  if (action === 'recordAbsence') return form.reason ? { ...base, reason: form.reason } : base;
  if (action === 'moveToChannel') return { ...base, channelId: form.channelId };
  if (action === 'setSkills') return { ...base, skills: { ...(form.skills ?? {}) } };
  return base;
}

/** Skills after dropping a skill chip on an adviser: a new skill at 0.5, existing ones kept. Null when nothing changes. */
export function withSkill(skills: Readonly<Record<string, number>>, channelId: string, proficiency = 0.5): Record<string, number> | null {
  if ((skills[channelId] ?? 0) > 0) return null;
  return { ...skills, [channelId]: proficiency };
}

/** Minutes worked without a pause / a long break from which the card warns (IDCC 2098 sequences of 3 h; L3121-16 break at 6 h). */
export const workLimits = { sincePause: 180, sinceLongBreak: 360 } as const;

export function workWarnings(a: Pick<AdviserSnapshot, 'workedSincePause' | 'workedSinceLongBreak'>): { pause: boolean; longBreak: boolean } {
  return { pause: a.workedSincePause >= workLimits.sincePause, longBreak: a.workedSinceLongBreak >= workLimits.sinceLongBreak };
}
