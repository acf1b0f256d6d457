/**
 * The team a scenario describes, resolved into concrete advisers: ids, names,
 * skills, shifts and planned breaks in simulated seconds since scenario start.
 * Deterministic: generated names come from fixed lists by index, not randomness.
 */
import type { GeneratedGroup, Scenario } from '../scenario/schema';
import { toSeconds } from '../scenario/schema';
import { countAdvisers, generatedAdviserId } from '../scenario/team';

export interface PlannedBreak {
  /** Seconds since scenario start. */
  readonly at: number;
  readonly seconds: number;
  readonly kind: 'pause' | 'lunch';
}

export interface AdviserPlan {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  readonly skills: Record<string, number>;
  /** channel id → priority (1 first), see scenario adviser.routingProfile. */
  readonly routingProfile: Readonly<Record<string, number>>;
  /** channel id → max concurrent conversations (chat, messaging). */
  readonly concurrency: Readonly<Record<string, number>>;
  readonly shiftStart: number;
  readonly shiftEnd: number;
  readonly breaks: readonly PlannedBreak[];
  /** Joined recently: proficiency starts low and grows most with coaching. */
  readonly newHire: boolean;
}

const FIRST = ['Camille', 'Léa', 'Hugo', 'Inès', 'Lucas', 'Manon', 'Yanis', 'Chloé', 'Nathan', 'Sarah', 'Karim', 'Julie',
  'Thomas', 'Amina', 'Louis', 'Emma', 'Mehdi', 'Clara', 'Antoine', 'Zoé', 'Rayan', 'Lina', 'Maxime', 'Océane'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Haddad', 'Moreau', 'Laurent', 'Nguyen', 'Garcia', 'Petit', 'Roux',
  'Fontaine', 'Benali', 'Lefèvre', 'Mercier', 'Diallo', 'Girard', 'Bonnet', 'Lambert', 'Faure', 'Rousseau'];

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? parts[parts.length - 1][0] : '';
  return (first + last).toUpperCase();
}

/**
 * Planned breaks for a shift, following the call-centre agreement (IDCC 2098:
 * 10 min paid pause per 2 h worked) and L3121-16 (20 consecutive minutes once
 * 6 h are worked: a 45-minute lunch). Staggered by adviser so the whole team is
 * never away at once.
 */
export function defaultBreaks(shiftStart: number, shiftEnd: number, adviserIndex: number): PlannedBreak[] {
  const length = shiftEnd - shiftStart;
  const stagger = ((adviserIndex % 4) - 1.5) * 600; // −15, −5, +5, +15 minutes
  const breaks: PlannedBreak[] = [];
  const lunchAt = length >= 6 * 3600 ? shiftStart + length / 2 + stagger : Infinity;
  if (lunchAt !== Infinity) breaks.push({ at: lunchAt, seconds: 45 * 60, kind: 'lunch' });
  for (let t = 2 * 3600; t < length - 30 * 60; t += 2 * 3600) {
    const at = shiftStart + t + stagger;
    if (Math.abs(at - lunchAt) < 75 * 60) continue; // the lunch covers this pause
    breaks.push({ at, seconds: 10 * 60, kind: 'pause' });
  }
  breaks.sort((a, b) => a.at - b.at);
  // Skipping the pauses the lunch covers can leave a 2 h 50 stretch before it: one late
  // start (a long call) and the 3-hour rule is broken. Split any stretch over 2 h 30.
  const withMargin: PlannedBreak[] = [];
  let from = shiftStart;
  for (const b of [...breaks, { at: shiftEnd, seconds: 0, kind: 'pause' as const }]) {
    if (b.at - from > MAX_PLANNED_STRETCH) withMargin.push({ at: (from + b.at) / 2, seconds: 10 * 60, kind: 'pause' });
    if (b.seconds > 0) withMargin.push(b);
    from = b.at + b.seconds;
  }
  return withMargin;
}

/** The longest planned work stretch between pauses: leaves half an hour for late starts under the 3-hour rule. */
const MAX_PLANNED_STRETCH = 2.5 * 3600;

/** Generated groups of a scenario's team, as a list (one object or an array in the file). */
export function generatedGroups(scenario: Scenario): GeneratedGroup[] {
  if (!('generate' in scenario.team)) return [];
  const g = scenario.team.generate;
  return Array.isArray(g) ? g : [g];
}

/** Number of advisers in a scenario's team. */
export function teamSize(scenario: Scenario): number {
  return countAdvisers(scenario.team);
}

export function resolveTeam(scenario: Scenario): AdviserPlan[] {
  const dayStart = toSeconds(scenario.clock.start);
  const dayEnd = toSeconds(scenario.clock.end) - dayStart;
  const ideal = scenario.mode === 'ideal';
  const shiftOf = (shift?: { start: string; end: string }) =>
    shift
      ? { shiftStart: toSeconds(shift.start) - dayStart, shiftEnd: toSeconds(shift.end) - dayStart }
      : { shiftStart: 0, shiftEnd: dayEnd };

  if ('generate' in scenario.team) {
    const total = teamSize(scenario);
    const plans: AdviserPlan[] = [];
    for (const g of generatedGroups(scenario)) {
      const { shiftStart, shiftEnd } = shiftOf(g.shift);
      for (let k = 0; k < g.count; k++) {
        const i = plans.length;
        const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`;
        plans.push({
          id: generatedAdviserId(i, total),
          name,
          initials: initialsOf(name),
          skills: { ...g.skills },
          routingProfile: { ...g.routingProfile },
          concurrency: { ...g.concurrency },
          shiftStart,
          shiftEnd,
          breaks: ideal ? [] : defaultBreaks(shiftStart, shiftEnd, i),
          newHire: false,
        });
      }
    }
    return plans;
  }
  return scenario.team.advisers.map((a, i) => {
    const { shiftStart, shiftEnd } = shiftOf(a.shift);
    const breaks = ideal
      ? []
      : a.breaks
        ? a.breaks.map((b) => ({ at: toSeconds(b.at) - dayStart, seconds: b.minutes * 60, kind: b.kind }))
        : defaultBreaks(shiftStart, shiftEnd, i);
    return {
      id: a.id, name: a.name, initials: initialsOf(a.name), skills: { ...a.skills },
      routingProfile: { ...a.routingProfile }, concurrency: { ...a.concurrency },
      shiftStart, shiftEnd, breaks, newHire: a.newHire ?? false,
    };
  });
}
