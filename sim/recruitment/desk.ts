/**
 * The recruitment desk of one day's run: shortlists, interviews, hires and buddy
 * pairings, checked against the run's calendar and what earlier days decided
 * (the campaign hands the state from day to day). A refused command changes
 * nothing. An interview takes the supervisor in person for its minutes.
 */
import type { EventQueue } from '../engine/eventQueue';
import { Ev } from '../model/eventKinds';
import type { Clock } from '../model/frame';
import type { Supervisor } from '../model/supervisor';
import { done as ok, refuse as no, type ActionOutcome } from '../model/supervisorActions';
import type { AdviserPlan } from '../model/team';
import type { CandidateSnapshot, HiringSnapshot } from './snapshotTypes';
import { hireId } from './ids';
import { INTERVIEW_DEFAULT_MINUTES, interviewNotes, type InterviewNotes } from './merit';
import type { Candidate, Hiring } from './schema';

export interface Hire {
  readonly candidateId: string;
  readonly adviserId: string;
  readonly startDay: number;
  /** The day and time (seconds on that day's clock) the hire was decided. */
  readonly day: number;
  readonly at: number;
}

export interface BuddyPair {
  readonly adviserId: string;
  readonly buddyId: string;
  readonly day: number;
}

/** What the desk decided so far in the run: handed from one day to the next. */
export interface RecruitmentState {
  readonly shortlisted: readonly string[];
  readonly interviews: Readonly<Record<string, InterviewNotes & { readonly day: number; readonly minutes: number }>>;
  readonly hires: readonly Hire[];
  readonly buddies: readonly BuddyPair[];
}

export const emptyRecruitment: RecruitmentState = { shortlisted: [], interviews: {}, hires: [], buddies: [] };

/** What a day's run needs to know about recruitment (see recruitmentDay in context.ts). */
export interface RecruitmentDay {
  readonly candidates: readonly Candidate[];
  readonly hiring: Hiring;
  /** The run's seed: interviews read the same whichever day they happen. */
  readonly seed: number;
  /** 1-based day of the run this run is. */
  readonly day: number;
  /** Status of each day of the run, day 1 first. */
  readonly days: readonly ('open' | 'closed' | 'skeleton')[];
  readonly state: RecruitmentState;
}

export interface DeskParts {
  readonly clock: Clock;
  readonly plans: readonly AdviserPlan[];
  readonly supervisor: Supervisor;
  readonly queue: EventQueue;
  readonly busyRefusal: () => ActionOutcome | null;
}

export type RecruitmentCommand =
  | { type: 'shortlist'; candidateId: string }
  | { type: 'interview'; candidateId: string; minutes?: number }
  | { type: 'hire'; candidateId: string; startDay: number }
  | { type: 'assignBuddy'; adviserId: string; buddyId: string };

export class RecruitmentDesk {
  private readonly shortlisted: Set<string>;
  private readonly interviews: Record<string, RecruitmentState['interviews'][string]>;
  private readonly hires: Hire[];
  private readonly buddies: BuddyPair[];

  constructor(private readonly ctx: RecruitmentDay, private readonly parts: DeskParts) {
    this.shortlisted = new Set(ctx.state.shortlisted);
    this.interviews = { ...ctx.state.interviews };
    this.hires = [...ctx.state.hires];
    this.buddies = [...ctx.state.buddies];
  }

  state(): RecruitmentState {
    return { shortlisted: [...this.shortlisted], interviews: { ...this.interviews }, hires: [...this.hires], buddies: [...this.buddies] };
  }

  apply(command: RecruitmentCommand): ActionOutcome {
    if (command.type === 'assignBuddy') return this.assignBuddy(command.adviserId, command.buddyId);
    const c = this.ctx.candidates.find((x) => x.id === command.candidateId);
    if (!c) return no('unknownCandidate', `unknown candidate "${command.candidateId}"`, { candidate: command.candidateId });
    const hired = this.hires.find((h) => h.candidateId === c.id);
    const p = { candidate: c.name };
    switch (command.type) {
      case 'shortlist':
        if (this.shortlisted.has(c.id)) return no('alreadyShortlisted', `${c.name} is already shortlisted`, p);
        this.shortlisted.add(c.id);
        return ok('applied', undefined, p);
      case 'interview': {
        if (hired) return no('alreadyHired', `${c.name} is already hired (starts on day ${hired.startDay})`, { ...p, startDay: hired.startDay });
        if (this.interviews[c.id]) return no('alreadyInterviewed', `${c.name} was already interviewed (day ${this.interviews[c.id].day})`, { ...p, day: this.interviews[c.id].day });
        const busy = this.parts.busyRefusal();
        if (busy) return busy;
        const minutes = command.minutes ?? INTERVIEW_DEFAULT_MINUTES;
        const notes = interviewNotes(this.ctx.seed, c, minutes);
        this.interviews[c.id] = { ...notes, day: this.ctx.day, minutes };
        const { clock, supervisor, queue } = this.parts;
        const token = supervisor.occupy('interviewing', -1, clock.now + minutes * 60);
        queue.schedule(clock.now + minutes * 60, Ev.supervisorFree, 0, token);
        return ok('applied', `interview score ${notes.score}/100 (${notes.noteCode})`, { ...p, score: notes.score, note: notes.noteCode });
      }
      case 'hire':
        return this.hire(c, command.startDay, hired);
    }
  }

  private hire(c: Candidate, startDay: number, hired: Hire | undefined): ActionOutcome {
    const { day, days, hiring } = this.ctx;
    const p = { candidate: c.name, startDay };
    if (hired) return no('alreadyHired', `${c.name} is already hired (starts on day ${hired.startDay})`, { ...p, startDay: hired.startDay });
    if (this.hires.length >= hiring.positions) return no('positionsFilled', `all ${hiring.positions} positions are filled`, { ...p, positions: hiring.positions });
    if (startDay <= day) return no('startDayNotLater', `a hire starts on a later day than today (day ${day}), not day ${startDay}`, { ...p, day });
    if (startDay > days.length) return no('startDayPastEnd', `day ${startDay} is past the run's last day (${days.length})`, { ...p, lastDay: days.length });
    if (days[startDay - 1] === 'closed') return no('startDayClosed', `day ${startDay} is a closed day`, p);
    this.hires.push({ candidateId: c.id, adviserId: hireId(c.id), startDay, day, at: this.parts.clock.now });
    return ok('applied', `${c.name} joins on day ${startDay} as ${hireId(c.id)}`, { ...p, adviserId: hireId(c.id) });
  }

  private assignBuddy(adviserId: string, buddyId: string): ActionOutcome {
    const plans = this.parts.plans;
    const hire = plans.find((x) => x.id === adviserId);
    const buddy = plans.find((x) => x.id === buddyId);
    if (!hire) return no('unknownAdviser', `unknown adviser "${adviserId}" (a hire is on the team from their start day)`, { adviser: adviserId });
    if (!buddy) return no('unknownAdviser', `unknown adviser "${buddyId}"`, { adviser: buddyId });
    const p = { adviser: hire.name, buddy: buddy.name };
    if (!hire.newHire) return no('notNewHire', `${hire.name} is not a new hire`, p);
    if (buddy.newHire || buddy.id === hire.id) return no('buddyNotExperienced', `${buddy.name} is a new hire: a buddy is an experienced adviser`, p);
    if (this.buddies.some((b) => b.adviserId === adviserId)) return no('alreadyHasBuddy', `${hire.name} already has a buddy`, p);
    if (this.buddies.some((b) => b.buddyId === buddyId)) return no('buddyTaken', `${buddy.name} is already a buddy`, p);
    this.buddies.push({ adviserId, buddyId, day: this.ctx.day });
    return ok('applied', 'from the next open day', p);
  }

  /** The positions and the days a hire may start on (later open days), for the console's panel. */
  hiringSnapshot(): HiringSnapshot {
    const { day, days, hiring } = this.ctx;
    const startDays = days.flatMap((status, k) => (k + 1 > day && status !== 'closed' ? [k + 1] : []));
    return { positions: hiring.positions, filled: this.hires.length, day, startDays };
  }

  /** The candidates as the console shows them: never the aptitudes. */
  snapshot(): CandidateSnapshot[] {
    return this.ctx.candidates.map((c) => {
      const interview = this.interviews[c.id];
      const hired = this.hires.find((h) => h.candidateId === c.id);
      return {
        id: c.id, name: c.name, cv: c.cv, signals: c.signals, shortlisted: this.shortlisted.has(c.id),
        ...(interview ? { interview: { score: interview.score, noteCode: interview.noteCode } } : {}),
        ...(hired ? { hired: { startDay: hired.startDay } } : {}),
      };
    });
  }
}
