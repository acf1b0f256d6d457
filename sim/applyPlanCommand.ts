/**
 * The preparation commands (competence block 1.3): planning breaks, who works which
 * channel when, and the dialer. Allowed at any time, as a real supervisor may replan
 * during the day; the plan the score checks is the one given at the clock start
 * (sim/prepare/checkPlan.ts). A plan that breaks a labour or calling rule is applied
 * and reported (the reason says so, the check lists it, the engine logs the breach if
 * it happens); one that cannot be carried out at all is refused and changes nothing.
 */
import type { Command } from './commands';
import type { EventQueue } from './engine/eventQueue';
import type { AdviserStore } from './model/advisers';
import type { Breaks } from './model/breaks';
import type { ChannelPlans } from './model/channelPlans';
import type { ChannelRuntime } from './model/channelRuntime';
import type { Clock } from './model/frame';
import type { AdviserPlan } from './model/team';
import type { Dialer } from './routing/dialer';
import { Ev } from './model/eventKinds';
import { CALLING_WINDOWS } from './model/outbound';
import { done as ok, refuse as no, type ActionOutcome } from './model/supervisorActions';
import { breakPlanProblem, planLabourBreaches } from './prepare/breakRules';
import { formatClock, toSeconds } from './scenario/schema';

/** What the preparation commands act on (a narrow part of applyCommand's targets). */
export interface PlanTargets {
  readonly clock: Clock;
  readonly dayStart: number;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: AdviserStore;
  readonly channels: readonly ChannelRuntime[];
  readonly dialers: readonly Dialer[];
  readonly breaks: Breaks;
  readonly channelPlans: ChannelPlans;
  readonly queue: EventQueue;
}

type PlanCommand = Extract<Command, { type: 'planBreaks' | 'planChannel' | 'configureDialer' }>;

/** A break of half an hour or more is a meal break (the console shows it as lunch). */
const LUNCH_MINUTES = 30;

export function applyPlanCommand(sim: PlanTargets, command: PlanCommand): ActionOutcome {
  if (command.type === 'configureDialer') return configureDialer(sim, command);
  const adviser = sim.plans.findIndex((p) => p.id === command.adviserId);
  if (adviser < 0) return no('unknownAdviser', `unknown adviser "${command.adviserId}"`, { adviser: command.adviserId });
  return command.type === 'planBreaks' ? planBreaks(sim, adviser, command) : planChannel(sim, adviser, command);
}

function planBreaks(sim: PlanTargets, adviser: number, command: Extract<Command, { type: 'planBreaks' }>): ActionOutcome {
  const plan = sim.plans[adviser];
  const name = plan.name;
  const now = sim.clock.now;
  const breaks = command.breaks.map((b) => ({ at: toSeconds(b.start) - sim.dayStart, seconds: b.minutes * 60, kind: b.minutes >= LUNCH_MINUTES ? 'lunch' as const : 'pause' as const }));
  const past = breaks.findIndex((b) => b.at < now);
  if (past >= 0) return no('breakInThePast', `the break at ${command.breaks[past].start} is before the current time ${formatClock(sim.dayStart + now)}`, { adviser: name, start: command.breaks[past].start });
  const shiftEnd = sim.advisers.shiftEndAt[adviser];
  const problem = breakPlanProblem(plan.shiftStart, shiftEnd, breaks);
  if (problem) {
    const start = command.breaks[problem.index].start;
    const shift = `${formatClock(sim.dayStart + plan.shiftStart).slice(0, 5)}–${formatClock(sim.dayStart + shiftEnd).slice(0, 5)}`;
    return problem.code === 'breakOutsideShift'
      ? no('breakOutsideShift', `the break at ${start} is not within ${name}'s shift (${shift})`, { adviser: name, start, shift })
      : no('breaksOverlap', `the break at ${start} overlaps the one before it`, { adviser: name, start });
  }
  sim.breaks.replan(adviser, breaks, (k) => (k < plan.breaks.length ? plan.breaks[k].at : sim.breaks.plans[adviser][k].at));
  const broken = planLabourBreaches(plan.shiftStart, shiftEnd, breaks).filter((b) => b.rule !== 'dailyMax10h');
  if (broken.length === 0) return ok();
  const rules = broken.map((b) => b.rule).join(', ');
  return ok('appliedBreaksRules', `applied, but the plan breaks the labour rules: ${rules}`, { adviser: name, rules });
}

function planChannel(sim: PlanTargets, adviser: number, command: Extract<Command, { type: 'planChannel' }>): ActionOutcome {
  const name = sim.plans[adviser].name;
  const ch = sim.channels.find((c) => c.id === command.channelId);
  if (!ch) return no('unknownChannel', `unknown channel "${command.channelId}"`, { channel: command.channelId });
  if (!(sim.advisers.skills[adviser][ch.index] > 0)) return no('noSkillFor', `${name} (${command.adviserId}) has no skill for "${ch.id}"`, { adviser: name, channel: ch.id });
  const from = toSeconds(command.from) - sim.dayStart;
  const to = toSeconds(command.to) - sim.dayStart;
  if (to <= from || to <= sim.clock.now) return no('badTimeRange', `${command.from}–${command.to} is not a time range still to come`, { from: command.from, to: command.to });
  if (sim.channelPlans.overlapping(adviser, from, to)) return no('channelPlanOverlap', `${name} already has a channel planned within ${command.from}–${command.to}`, { adviser: name, from: command.from, to: command.to });
  sim.channelPlans.plan(adviser, ch.index, from, to);
  return ok();
}

const legalHours = (from: number, to: number) => CALLING_WINDOWS.some(([start, end]) => from >= start && to <= end);

function configureDialer(sim: PlanTargets, command: Extract<Command, { type: 'configureDialer' }>): ActionOutcome {
  const dialer = sim.dialers.find((d) => d.channel.id === command.channelId);
  if (!dialer) return no('notOutbound', `"${command.channelId}" is not an outbound channel`, { channel: command.channelId });
  const windows = command.windows?.map((w) => ({ from: toSeconds(w.from), to: toSeconds(w.to), text: `${w.from}–${w.to}` }));
  const bad = windows?.find((w) => w.to <= w.from || w.to > 86400);
  if (bad) return no('badTimeRange', `${bad.text} is not a time range within the day`, { from: bad.text, to: '' });
  if (command.listSize !== undefined && dialer.started) return no('dialerStarted', `the dialer on "${dialer.channel.id}" has started calling: the list can no longer be resized`, { channel: dialer.channel.id });
  dialer.configure({ mode: command.mode, retry: command.retry, windows: windows?.map(({ from, to }) => ({ from, to })) });
  if (command.listSize !== undefined) dialer.resizeList(command.listSize);
  // Wake the dialer now: free advisers start on the new settings (or wait for the new windows).
  const now = sim.clock.now;
  dialer.wakeAt = now;
  sim.queue.schedule(now, Ev.dialerWake, dialer.channel.index);
  const outside = windows?.filter((w) => !legalHours(w.from, w.to)).map((w) => w.text) ?? [];
  if (outside.length === 0) return ok();
  return ok('appliedOutsideLegalHours', `applied; ${outside.join(', ')} runs outside the legal calling hours (10:00–13:00, 14:00–20:00)${dialer.override ? ': with the rules overridden, each such call is a breach' : ': the dialer still keeps to them'}`, { channel: dialer.channel.id, windows: outside.join(', ') });
}
