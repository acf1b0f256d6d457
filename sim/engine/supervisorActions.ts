/**
 * What the supervisor does in person, each with its effect and its cost in
 * their time (they are one person; see sim/model/supervisor.ts):
 *
 * | action     | supervisor busy                     | effect |
 * |------------|-------------------------------------|--------|
 * | listenIn   | until the call ends, at most 5 min  | reveals the adviser's real quality on it; announced and logged (CNIL) |
 * | whisper    | 2 min                               | answers a raised hand: the rest of the call × 0.85 (× 0.95 otherwise) |
 * | barge      | until the call ends                 | answers a raised hand: rest × 0.6, resolved; less stress |
 * | takeOver   | rest of the call × 0.8              | answers a raised hand: the adviser is free at once; resolved |
 * | coach      | the session (N minutes)             | proficiency + (most for new hires), fading over hours; adviser off the queue |
 * | recognise  | 1 min                               | mood + 0.15, stress − 0.1 |
 * | briefing   | N minutes                           | free advisers attend now, the others after their contact; incident contacts faster, better resolved |
 */
import { Ev as eventKinds } from './events';
import { S as machineStates } from '../model/adviserMachine';
import { Pending as pendingCodes } from '../model/advisers';
import { Flag as contactFlags } from '../model/contacts';
import { clamp01, coachingGain, effectiveProficiency, quality, type Factors } from '../model/humanFactors';
import type { SupervisorState } from '../model/supervisor';
import { formatClock } from '../scenario/schema';
import type { Simulation } from './simulation';
import { exp } from './detMath';

const Ev = { ...eventKinds };
const S = { ...machineStates };
const Pending = { ...pendingCodes };
const Flag = { ...contactFlags };

export interface ActionOutcome {
  readonly ok: boolean;
  readonly code: string;
  readonly reason?: string;
  readonly params?: Record<string, string | number>;
}

const done = (code = 'applied', reason?: string, params?: Record<string, string | number>): ActionOutcome => ({ ok: true, code, reason, params });
const refuse = (code: string, reason: string, params: Record<string, string | number> = {}): ActionOutcome => ({ ok: false, code, reason, params });

const LISTEN_MAX = 5 * 60;
const WHISPER = 2 * 60;
const RECOGNISE = 60;

export class SupervisorActions {
  private readonly factors: Factors = { fatigue: 0, stress: 0, mood: 0 };
  /** Minutes asked for each pending coaching session, by adviser. */
  private readonly coachingMinutes = new Map<number, number>();

  constructor(private readonly sim: Simulation) {}

  /** Refusal when the supervisor is busy, else null. */
  busyRefusal(): ActionOutcome | null {
    const sim = this.sim;
    const sup = sim.supervisor;
    if (!sup.busy(sim.time)) return null;
    const until = Number.isFinite(sup.until) ? formatClock(sim.dayStart + sup.until) : '';
    const who = sup.adviser >= 0 ? sim.plans[sup.adviser].name : '';
    return refuse('supervisorBusy', `the supervisor is busy (${sup.state}${who ? ` with ${who}` : ''})${until ? ` until ${until}` : ''}`, { state: sup.state, adviser: who, until });
  }

  private occupy(state: SupervisorState, adviser: number, seconds: number): void {
    const sim = this.sim;
    const token = sim.supervisor.occupy(state, adviser, sim.time + seconds);
    if (Number.isFinite(seconds)) sim.queue.schedule(sim.time + seconds, Ev.supervisorFree, 0, token);
  }

  onSupervisorFree(token: number): void {
    this.sim.supervisor.release(token);
  }

  /** The adviser's exclusive contact in its talking phase, or a refusal. */
  private liveContact(adviser: number, needTalking: boolean): number | ActionOutcome {
    const sim = this.sim;
    const advisers = sim.advisers;
    const who = sim.plans[adviser].name;
    const s = advisers.state[adviser];
    if (advisers.contact[adviser] < 0 || (s !== S.talking && s !== S.hold)) return refuse('notOnContact', `${who} is not on a contact`, { adviser: who });
    if (needTalking && advisers.talkEndHandle[adviser] < 0) return refuse('onHold', `${who}'s customer is on hold: wait until the hold ends`, { adviser: who });
    return advisers.contact[adviser];
  }

  listenIn(adviser: number): ActionOutcome {
    const sim = this.sim;
    const slot = this.liveContact(adviser, false);
    if (typeof slot !== 'number') return slot;
    const advisers = sim.advisers;
    const channel = sim.contacts.channel[slot];
    advisers.refreshFactors(adviser, sim.time);
    const f = this.factorsOf(adviser);
    const p = effectiveProficiency(advisers.skills[adviser][channel], advisers.coachingBoost[adviser], sim.time - advisers.coachingAt[adviser]);
    const q = Math.round(Math.max(0, Math.min(100, quality(p, f) + (sim.contacts.uDeflect[slot] - 0.5) * 20)));
    advisers.observedQuality[adviser] = q;
    advisers.version[adviser]++;
    const remaining = advisers.talkEndHandle[adviser] >= 0 ? advisers.talkEndAt[adviser] - sim.time : LISTEN_MAX;
    this.occupy('listening', adviser, Math.min(LISTEN_MAX, Math.max(30, remaining)));
    const who = sim.plans[adviser];
    sim.recordings.push({ at: sim.time, adviserId: who.id, contactId: sim.contacts.serial[slot], purpose: 'quality', keepUntilDays: 183 });
    sim.activity.add(sim.time, 'listenIn', `Listening in on ${who.name} (adviser and caller informed; recording kept for quality, at most 6 months): quality ${q}/100`, { adviser: who.name, quality: q }, 'info', who.id);
    return done('applied', `quality ${q}/100`, { quality: q });
  }

  whisper(adviser: number): ActionOutcome {
    const sim = this.sim;
    const slot = this.liveContact(adviser, true);
    if (typeof slot !== 'number') return slot;
    const answered = sim.flow.answerHand(adviser);
    if (answered) sim.contacts.flags[slot] |= Flag.supported;
    const remaining = sim.advisers.talkEndAt[adviser] - sim.time;
    sim.flow.rescheduleTalkEnd(adviser, sim.time + remaining * (answered ? 0.85 : 0.95));
    this.occupy('whispering', adviser, WHISPER);
    this.logSupport('whisper', adviser, answered);
    return done();
  }

  barge(adviser: number): ActionOutcome {
    const sim = this.sim;
    const slot = this.liveContact(adviser, true);
    if (typeof slot !== 'number') return slot;
    const answered = sim.flow.answerHand(adviser);
    sim.contacts.flags[slot] |= Flag.supported;
    const remaining = (sim.advisers.talkEndAt[adviser] - sim.time) * 0.6;
    sim.flow.rescheduleTalkEnd(adviser, sim.time + remaining);
    sim.advisers.stress[adviser] = clamp01(sim.advisers.stress[adviser] - 0.05);
    this.occupy('barging', adviser, Math.max(30, remaining));
    this.logSupport('barge', adviser, answered);
    return done();
  }

  takeOver(adviser: number): ActionOutcome {
    const sim = this.sim;
    const slot = this.liveContact(adviser, true);
    if (typeof slot !== 'number') return slot;
    const answered = sim.flow.answerHand(adviser);
    sim.contacts.flags[slot] |= Flag.supported;
    const remaining = sim.advisers.talkEndAt[adviser] - sim.time;
    this.occupy('takingOver', adviser, Math.max(60, remaining * 0.8));
    sim.contacts.wrapUp[slot] = 0;
    sim.flow.rescheduleTalkEnd(adviser, sim.time); // the adviser hands over and is free
    this.logSupport('takeOver', adviser, answered);
    return done();
  }

  private logSupport(kind: string, adviser: number, answeredHand: boolean): void {
    const sim = this.sim;
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, kind, `${kind} ${who.name}${answeredHand ? ' (raised hand answered)' : ''}`, { adviser: who.name, hand: answeredHand ? 1 : 0 }, 'info', who.id);
  }

  coach(adviser: number, minutes: number): ActionOutcome {
    const sim = this.sim;
    const outcome = sim.requestActivity(adviser, Pending.coaching, minutes * 60);
    this.coachingMinutes.set(adviser, minutes);
    // Waiting at the adviser's desk until the current contact ends, if need be.
    if (outcome === 'deferred') {
      sim.supervisor.occupy('coaching', adviser, Infinity);
      return done('deferred', 'after the current contact');
    }
    return done();
  }

  coachingStarted(adviser: number, seconds: number): void {
    this.occupy('coaching', adviser, seconds);
  }

  coachingEnded(adviser: number): void {
    const sim = this.sim;
    const advisers = sim.advisers;
    const minutes = this.coachingMinutes.get(adviser) ?? 0;
    this.coachingMinutes.delete(adviser);
    // Gain on the adviser's weakest used skill level; boosts add up, fading from now.
    const skills = advisers.skills[adviser].filter((p) => p > 0);
    const p = skills.length ? Math.min(...skills) : 0;
    const elapsed = sim.time - advisers.coachingAt[adviser];
    const current = advisers.coachingBoost[adviser] * exp(-elapsed / (6 * 3600));
    advisers.coachingBoost[adviser] = current + coachingGain(p + current, minutes, advisers.newHire[adviser] === 1);
    advisers.coachingAt[adviser] = sim.time;
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.05);
    advisers.version[adviser]++;
    const who = sim.plans[adviser];
    sim.activity.add(sim.time, 'coachingDone', `Coaching of ${who.name} done: proficiency +${Math.round(100 * (advisers.coachingBoost[adviser] - current))} points`, { adviser: who.name, gain: Math.round(100 * (advisers.coachingBoost[adviser] - current)) }, 'info', who.id);
  }

  recognise(adviser: number): ActionOutcome {
    const sim = this.sim;
    const advisers = sim.advisers;
    advisers.refreshFactors(adviser, sim.time);
    advisers.mood[adviser] = clamp01(advisers.mood[adviser] + 0.15);
    advisers.stress[adviser] = clamp01(advisers.stress[adviser] - 0.1);
    advisers.version[adviser]++;
    this.occupy('coaching', adviser, RECOGNISE);
    return done();
  }

  teamBriefing(minutes: number): ActionOutcome {
    const sim = this.sim;
    const advisers = sim.advisers;
    let now = 0;
    let later = 0;
    for (let a = 0; a < advisers.count; a++) {
      const s = advisers.state[a];
      if (s === S.offline || s === S.absent || advisers.shiftOver[a] || advisers.briefed[a]) continue;
      if (s === S.available) {
        advisers.briefing[a] = 1;
        sim.requestActivity(a, Pending.training, minutes * 60);
        now++;
      } else if (advisers.pending[a] === Pending.none && (s === S.talking || s === S.hold || s === S.wrapUp || s === S.reserved)) {
        advisers.briefing[a] = 1;
        sim.requestActivity(a, Pending.training, minutes * 60);
        later++;
      }
    }
    this.occupy('briefing', -1, minutes * 60);
    sim.activity.add(sim.time, 'teamBriefing', `Team briefing (${minutes} min): ${now} advisers now, ${later} after their contact`, { minutes, now, later });
    return done('applied', undefined, { now, later });
  }

  private factorsOf(adviser: number): Factors {
    const a = this.sim.advisers;
    this.factors.fatigue = a.fatigue[adviser];
    this.factors.stress = a.stress[adviser];
    this.factors.mood = a.mood[adviser];
    return this.factors;
  }
}
