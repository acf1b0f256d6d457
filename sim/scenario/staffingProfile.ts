/**
 * A staffing profile as a scenario: a number of advisers on shift per
 * statistics interval, turned into the one contiguous shift each adviser has.
 * The required-staff search runs plans that staff each interval at its own
 * figure through it, and the lab can show the plan as a team.
 */
import { formatClock, toSeconds, type AdviserSpec, type GeneratedGroup, type Scenario } from './schema';
import { intervalCount } from './forecast';
import { withoutMissingAdvisersEvents } from './team';

/** One adviser of the plan: a template (index into the cycled team) on shift over intervals [from, to). */
export interface ProfileShift {
  readonly template: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Contiguous shifts giving exactly `perInterval[k]` advisers in interval k:
 * when the count rises new advisers start, when it falls the most recently
 * started end (last in, first out, so the long shifts are the early ones and
 * the plan needs as few advisers as the profile allows). Templates are taken
 * in order, cycled over `templates`.
 */
export function profileShifts(perInterval: readonly number[], templates: number): ProfileShift[] {
  const done: ProfileShift[] = [];
  const open: { template: number; from: number }[] = [];
  let next = 0;
  perInterval.forEach((count, k) => {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError(`interval ${k}: an adviser count is a whole number ≥ 0, got ${count}`);
    while (open.length > count) done.push({ ...open.pop()!, to: k });
    while (open.length < count) open.push({ template: next++ % templates, from: k });
  });
  while (open.length > 0) done.push({ ...open.pop()!, to: perInterval.length });
  return done.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** Breaks of a listed adviser that fall wholly within [start, end] (clock seconds); the others would be outside the shift. */
function breaksWithin(breaks: AdviserSpec['breaks'], start: number, end: number): AdviserSpec['breaks'] {
  if (!breaks) return undefined;
  return breaks.filter((b) => toSeconds(b.at) >= start && toSeconds(b.at) + b.minutes * 60 <= end);
}

/**
 * The scenario with exactly `perInterval[k]` advisers on shift during
 * statistics interval k (intervals of `stats.intervalMinutes` from
 * `clock.start`). Advisers are copies of the scenario's team, cycled in order:
 * a listed adviser's skills, routing profile, concurrency and new-hire flag,
 * with a new id and name from its second copy on, and those of its planned
 * breaks that fit the new shift; a generated team's groups, one group per
 * shift (the engine plans their breaks from the shift). A shift that runs to
 * the last interval ends at `clock.end`, as an unset shift does, so its
 * adviser stays to clear the queue after closing. Events about advisers the
 * plan no longer has are dropped, and new hires' arrivals (the plan's
 * shifts say who is on when).
 */
export function withStaffingProfile(scenario: Scenario, perInterval: readonly number[]): Scenario {
  const intervals = intervalCount(scenario.clock, scenario.stats.intervalMinutes);
  if (perInterval.length !== intervals) throw new RangeError(`a profile needs one count per interval: ${intervals}, got ${perInterval.length}`);
  const dayStart = toSeconds(scenario.clock.start);
  const dayEnd = toSeconds(scenario.clock.end);
  const step = scenario.stats.intervalMinutes * 60;
  const clockAt = (k: number) => (k >= intervals ? dayEnd : dayStart + k * step);
  const shiftOf = (s: ProfileShift) => ({ start: formatClock(clockAt(s.from)), end: formatClock(clockAt(s.to)) });
  const source = scenario.team;
  let team: Scenario['team'];
  if ('advisers' in source) {
    const list = source.advisers;
    const shifts = profileShifts(perInterval, list.length);
    if (shifts.length === 0) throw new RangeError('a profile needs at least one adviser in some interval');
    const copies = new Array<number>(list.length).fill(0);
    team = {
      advisers: shifts.map((s) => {
        const { shift: _shift, breaks, ...a } = list[s.template];
        const copy = ++copies[s.template];
        const named = copy === 1 ? a : { ...a, id: `${a.id}-${copy}`, name: `${a.name} (${copy})` };
        const kept = breaksWithin(breaks, clockAt(s.from), clockAt(s.to));
        return { ...named, shift: shiftOf(s), ...(kept ? { breaks: kept } : {}) };
      }),
    };
  } else {
    // A generated team's advisers, one per template, in id order: group g's `count` copies in a row.
    const groups = Array.isArray(source.generate) ? source.generate : [source.generate];
    const templates = groups.flatMap((g) => Array.from({ length: g.count }, () => g));
    const shifts = profileShifts(perInterval, templates.length);
    if (shifts.length === 0) throw new RangeError('a profile needs at least one adviser in some interval');
    const out: GeneratedGroup[] = [];
    let last: ProfileShift | null = null;
    for (const s of shifts) {
      const prev = out[out.length - 1];
      // Consecutive advisers of one group on the same shift make one group (fewer, larger groups; same advisers).
      if (prev && last && last.from === s.from && last.to === s.to && templates[last.template] === templates[s.template]) out[out.length - 1] = { ...prev, count: prev.count + 1 };
      else {
        const { shift: _shift, count: _count, ...g } = templates[s.template];
        out.push({ ...g, count: 1, shift: shiftOf(s) });
      }
      last = s;
    }
    team = { generate: out.length === 1 ? out[0] : out };
  }
  // A new hire's event would start their shift at its own time: the plan says who is on when.
  const events = scenario.events?.filter((e) => e.type !== 'newHire');
  return withoutMissingAdvisersEvents({ ...scenario, team, ...(events ? { events } : {}) });
}
