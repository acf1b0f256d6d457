/**
 * What the supervisor does in person, each with its effect and its cost in
 * their time (they are one person; see supervisor.ts):
 *
 * | action     | supervisor busy                     | effect |
 * |------------|-------------------------------------|--------|
 * | listenIn   | until the call ends, at most 5 min  | reveals the adviser's real quality on it; announced and logged (CNIL) |
 * | whisper    | 2 min                               | answers a raised hand: the rest of the call × 0.85 |
 * | barge      | until the call ends                 | answers a raised hand: rest × 0.6, resolved; less stress |
 * | takeOver   | rest of the call × 0.8              | answers a raised hand: the adviser is free at once; resolved |
 * | coach      | the session (N minutes)             | proficiency + (most for new hires), fading over hours; adviser off the queue |
 * | recognise  | 1 min                               | mood + 0.15, stress − 0.1 |
 * | briefing   | N minutes                           | free advisers attend now, the others after their contact; incident contacts faster, better resolved |
 * | reporting  | 1 min, only when free               | a report or request to the floor manager (floorManager.ts) |
 */
import { exp } from '../engine/detMath';
import type { EventQueue } from '../engine/eventQueue';
import { formatClock } from '../scenario/schema';
import { inGroup, S as machineStates } from './adviserMachine';
import type { ActivityLog } from './activityLog';
import { Pending as pendingCodes, type AdviserStore } from './advisers';
import type { ShiftBooks } from './books';
import { Flag as contactFlags, type ContactStore } from './contacts';
import { Ev as eventKinds } from './eventKinds';
import type { Clock } from './frame';
import { clamp01, coachingGain, type Factors } from './humanFactors';
import { gradedQuality } from './serviceQuality';
import type { Supervisor, SupervisorState } from './supervisor';
import type { AdviserPlan } from './team';

const Ev = { ...eventKinds };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const Flag = { ...contactFlags };
const ON_CONTACT = inGroup.onContact;

/** A command's outcome: applied (perhaps deferred) or refused, with a stable code and parameters for translation. */
export interface ActionOutcome {
  readonly ok: boolean;
  readonly code: string;
  readonly reason?: string;
  readonly params?: Record<string, string | number>;
}

export const done = (code = 'applied', reason?: string, params?: Record<string, string | number>): ActionOutcome => ({ ok: true, code, reason, params });
export const refuse = (code: string, reason: string, params: Record<string, string | number> = {}): ActionOutcome => ({ ok: false, code, reason, params });

const LISTEN_MAX = 5 * 60;
const WHISPER = 2 * 60;
const RECOGNISE = 60;

export interface SupervisorParts {
  readonly clock: Clock;
  readonly dayStart: number;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly contacts: ContactStore;
  readonly supervisor: Supervisor;
  readonly queue: EventQueue;
  readonly activity: ActivityLog;
  readonly books: ShiftBooks;
}

export interface SupervisorPorts {
  readonly hands: { isRaised(adviser: number): boolean; answer(adviser: number): boolean };
  readonly service: { rescheduleTalkEnd(adviser: number, at: number): boolean; proficiency(adviser: number, channel: number): number };
  readonly day: { requestActivity(adviser: number, what: number, seconds: number): 'now' | 'deferred' };
}

export class SupervisorActions {
  private readonly factors: Factors = { fatigue: 0, stress: 0, mood: 0 };
  /** Minutes asked for each pending coaching session, by adviser. */
  private readonly coachingMinutes = new Map<number, number>();

  constructor(private readonly parts: SupervisorParts, private readonly ports: SupervisorPorts) {}

  /** Refusal when the supervisor is busy, else null. */
  busyRefusal(): ActionOutcome | null {
    const { clock, supervisor: sup, dayStart, plans } = this.parts;
    if (!sup.busy(clock.now)) return null;
    const until = Number.isFinite(sup.until) ? formatClock(dayStart + sup.until) : '';
    const who = sup.adviser >= 0 ? plans[sup.adviser].name : '';
    return refuse('supervisorBusy', `the supervisor is busy (${sup.state}${who ? ` with ${who}` : ''})${until ? ` until ${until}` : ''}`, { state: sup.state, adviser: who, until });
  }

  private occupy(state: SupervisorState, adviser: number, seconds: number): void {
    const now = this.parts.clock.now;
    const token = this.parts.supervisor.occupy(state, adviser, now + seconds);
    if (Number.isFinite(seconds)) this.parts.queue.schedule(now + seconds, Ev.supervisorFree, 0, token);
  }

  onSupervisorFree(token: number): void {
    this.parts.supervisor.release(token);
  }

  /** The adviser's exclusive contact while talking or on hold (`needTalking`: not on hold), or a refusal. */
  private liveContact(adviser: number, needTalking: boolean): number | ActionOutcome {
    const advisers = this.parts.advisers;
    const who = this.parts.plans[adviser].name;
    if (advisers.contact[adviser] < 0 || !ON_CONTACT[advisers.state[adviser]]) return refuse('notOnContact', `${who} is not on a contact`, { adviser: who });
    if (needTalking && advisers.talkEndHandle[adviser] < 0) return refuse('onHold', `${who}'s customer is on hold: wait until the hold ends`, { adviser: who });
    return advisers.contact[adviser];
  }

  listenIn(adviser: number): ActionOutcome {
    const { clock, advisers, contacts, plans, books, activity } = this.parts;
    const slot = this.liveContact(adviser, false);
    if (typeof slot !== 'number') return slot;
    const now = clock.now;
    advisers.refreshFactors(adviser, now);
    const p = this.ports.service.proficiency(adviser, contacts.channel[slot]);
    const q = Math.round(gradedQuality(p, this.factorsOf(adviser), contacts.uGrade[slot], false, false));
    advisers.observedQuality[adviser] = q;
    advisers.version[adviser]++;
    const remaining = advisers.talkEndHandle[adviser] >= 0 ? advisers.talkEndAt[adviser] - now : LISTEN_MAX;
    this.occupy('listening', adviser, Math.min(LISTEN_MAX, Math.max(30, remaining)));
    const who = plans[adviser];
    books.recordings.push({ at: now, adviserId: who.id, contactId: contacts.serial[slot], purpose: 'quality', keepUntilDays: 183 });
    activity.add(now, 'listenIn', `Listening in on ${who.name} (adviser and caller informed; recording kept for quality, at most 6 months): quality ${q}/100`, { adviser: who.name, quality: q }, 'info', who.id);
    return done('applied', `quality ${q}/100`, { quality: q });
  }

  /**
   * The preamble whisper, barge and take over share: they answer a raised hand, so
   * the adviser must be talking on a contact with a hand up; the hand is answered.
   */
  private support(adviser: number): { slot: number; answered: boolean } | ActionOutcome {
    const slot = this.liveContact(adviser, true);
    if (typeof slot !== 'number') return slot;
    if (!this.ports.hands.isRaised(adviser)) {
      const who = this.parts.plans[adviser].name;
      return refuse('noRaisedHand', `${who} has not raised a hand: whisper, barge and take over answer a raised hand (listen in to assess a call)`, { adviser: who });
    }
    return { slot, answered: this.ports.hands.answer(adviser) };
  }

  /** The rest of the adviser's talking phase, from now (s). */
  private remainingTalk(adviser: number): number {
    return this.parts.advisers.talkEndAt[adviser] - this.parts.clock.now;
  }

  whisper(adviser: number): ActionOutcome {
    const s = this.support(adviser);
    if ('ok' in s) return s;
    this.parts.contacts.flags[s.slot] |= Flag.supported;
    this.ports.service.rescheduleTalkEnd(adviser, this.parts.clock.now + this.remainingTalk(adviser) * 0.85);
    this.occupy('whispering', adviser, WHISPER);
    return this.logSupport('whisper', adviser, s.answered);
  }

  barge(adviser: number): ActionOutcome {
    const s = this.support(adviser);
    if ('ok' in s) return s;
    const advisers = this.parts.advisers;
    this.parts.contacts.flags[s.slot] |= Flag.supported;
    const remaining = this.remainingTalk(adviser) * 0.6;
    this.ports.service.rescheduleTalkEnd(adviser, this.parts.clock.now + remaining);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.05);
    this.occupy('barging', adviser, Math.max(30, remaining));
    return this.logSupport('barge', adviser, s.answered);
  }

  takeOver(adviser: number): ActionOutcome {
    const s = this.support(adviser);
    if ('ok' in s) return s;
    this.parts.contacts.flags[s.slot] |= Flag.supported;
    this.occupy('takingOver', adviser, Math.max(60, this.remainingTalk(adviser) * 0.8));
    this.parts.contacts.wrapUp[s.slot] = 0;
    this.ports.service.rescheduleTalkEnd(adviser, this.parts.clock.now); // the adviser hands over and is free
    return this.logSupport('takeOver', adviser, s.answered);
  }

  private logSupport(kind: string, adviser: number, answeredHand: boolean): ActionOutcome {
    const who = this.parts.plans[adviser];
    this.parts.activity.add(this.parts.clock.now, kind, `${kind} ${who.name}${answeredHand ? ' (raised hand answered)' : ''}`, { adviser: who.name, hand: answeredHand ? 1 : 0 }, 'info', who.id);
    return done();
  }

  coach(adviser: number, minutes: number): ActionOutcome {
    const outcome = this.ports.day.requestActivity(adviser, Pending.coaching, minutes * 60);
    this.coachingMinutes.set(adviser, minutes);
    // Waiting at the adviser's desk until the current contact ends, if need be.
    if (outcome === 'deferred') {
      this.parts.supervisor.occupy('coaching', adviser, Infinity);
      return done('deferred', 'after the current contact');
    }
    return done();
  }

  coachingStarted(adviser: number, seconds: number): void {
    this.occupy('coaching', adviser, seconds);
  }

  coachingEnded(adviser: number): void {
    const { clock, advisers, plans, activity } = this.parts;
    const now = clock.now;
    const minutes = this.coachingMinutes.get(adviser) ?? 0;
    this.coachingMinutes.delete(adviser);
    // Gain on the adviser's weakest used skill level; boosts add up, fading from now.
    const skills = advisers.skills[adviser].filter((p) => p > 0);
    const p = skills.length ? Math.min(...skills) : 0;
    const elapsed = now - advisers.coachingAt[adviser];
    const current = advisers.coachingBoost[adviser] * exp(-elapsed / (6 * 3600));
    advisers.coachingBoost[adviser] = current + coachingGain(p + current, minutes, advisers.newHire[adviser] === 1);
    advisers.coachingAt[adviser] = now;
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.05);
    advisers.version[adviser]++;
    const who = plans[adviser];
    const gain = Math.round(100 * (advisers.coachingBoost[adviser] - current));
    activity.add(now, 'coachingDone', `Coaching of ${who.name} done: proficiency +${gain} points`, { adviser: who.name, gain }, 'info', who.id);
  }

  recognise(adviser: number): ActionOutcome {
    const advisers = this.parts.advisers;
    advisers.refreshFactors(adviser, this.parts.clock.now);
    advisers.mood[adviser] = clamp01(advisers.mood[adviser] + 0.15);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.1);
    advisers.version[adviser]++;
    this.occupy('coaching', adviser, RECOGNISE);
    return done();
  }

  /** A report to the floor manager: a minute of the supervisor's time when they are free (see floorManager.ts). */
  briefly(state: SupervisorState, seconds: number): boolean {
    if (this.parts.supervisor.busy(this.parts.clock.now)) return false;
    this.occupy(state, -1, seconds);
    return true;
  }

  teamBriefing(minutes: number): ActionOutcome {
    const advisers = this.parts.advisers;
    let now = 0;
    let later = 0;
    for (let a = 0; a < advisers.count; a++) {
      const s = advisers.state[a];
      if (inGroup.off[s] || advisers.shiftOver[a] || advisers.briefed[a]) continue;
      if (s === S.available) {
        advisers.briefing[a] = 1;
        this.ports.day.requestActivity(a, Pending.training, minutes * 60);
        now++;
      } else if (advisers.pending[a] === Pending.none && inGroup.handling[s]) {
        advisers.briefing[a] = 1;
        this.ports.day.requestActivity(a, Pending.training, minutes * 60);
        later++;
      }
    }
    this.occupy('briefing', -1, minutes * 60);
    this.parts.activity.add(this.parts.clock.now, 'teamBriefing', `Team briefing (${minutes} min): ${now} advisers now, ${later} after their contact`, { minutes, now, later });
    return done('applied', undefined, { now, later });
  }

  private factorsOf(adviser: number): Factors {
    const a = this.parts.advisers;
    this.factors.fatigue = a.fatigue[adviser];
    this.factors.stress = a.stress[adviser];
    this.factors.mood = a.mood[adviser];
    return this.factors;
  }
}
