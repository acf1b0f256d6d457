/**
 * Reading an adviser's plan (the snapshot's schedule): the next break, each break's
 * status, and adherence (DOMAIN.md §2: 1 − time out of the scheduled state ÷ scheduled
 * time). Pure: the schedule and the simulated time in, figures out.
 */
import type { AdviserSchedule, PlannedBreakSnapshot } from '../../sim/snapshot';

export type BreakStatus = 'planned' | 'due' | 'onBreak' | 'done' | 'cancelled' | 'missed';

/** Where a planned break stands at `now`. `due`: its time came, the adviser is finishing a contact first. */
export function breakStatus(b: PlannedBreakSnapshot, now: number): BreakStatus {
  if (b.state === 'cancelled') return 'cancelled';
  if (b.endedAt !== null) return 'done';
  if (b.startedAt !== null) return 'onBreak';
  if (b.state === 'taken') return now - b.at > 3 * 3600 ? 'missed' : 'due';
  return 'planned';
}

/** The next break not yet begun (a due one first), or null. */
export function nextBreak(schedule: AdviserSchedule, now: number): PlannedBreakSnapshot | null {
  for (const b of schedule.breaks) {
    const s = breakStatus(b, now);
    if (s === 'due' || s === 'planned') return b;
  }
  return null;
}

/** The first break neither begun nor cancelled (whatever the time): what the adviser list shows. */
export function nextPlannedBreak(schedule: AdviserSchedule): PlannedBreakSnapshot | null {
  return schedule.breaks.find((b) => b.state !== 'cancelled' && b.startedAt === null) ?? null;
}

/**
 * Seconds out of the scheduled state so far: each break begun late, and each break
 * overrun (back late, or still away past its length). Cancelled breaks are the
 * supervisor's decision, not the adviser's, and do not count.
 */
export function outOfSchedule(schedule: AdviserSchedule, now: number): number {
  let out = 0;
  for (const b of schedule.breaks) {
    if (b.state === 'cancelled' || b.at > now) continue;
    const start = b.startedAt ?? now;
    out += Math.max(0, start - b.at);
    if (b.startedAt !== null) out += Math.max(0, (b.endedAt ?? now) - b.startedAt - b.minutes * 60);
  }
  return out;
}

/** Adherence over the shift so far (0–1), or null before the shift starts. */
export function adherence(schedule: AdviserSchedule, now: number): number | null {
  const scheduled = Math.min(now, schedule.shiftEnd) - schedule.shiftStart;
  if (scheduled <= 0) return null;
  return Math.max(0, 1 - outOfSchedule(schedule, now) / scheduled);
}
