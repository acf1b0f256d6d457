/**
 * The preparation check (competence block 1.3): the day's plan (the scenario's roster
 * with the commands stamped at the clock start, planModel.ts) against
 *  - the labour rules the engine applies (breakRules.ts: breaks, sequences, 10 h a day);
 *  - the forecast: per interval and voice-like channel, the advisers Erlang C asks for,
 *    grossed up for shrinkage as the required-staff table does (sim/analytics/requiredStaff.ts),
 *    beside the advisers the plan puts on shift with the skill;
 *  - the calling rules for the dialer (dialerCheck.ts);
 *  - the campaign launched today staffed, and the team briefed at the start.
 * Pure and deterministic: the command line, the console and the score call it alike.
 */
import { analyticRequiredStaff, DEFAULT_SHRINKAGE } from '../analytics/requiredStaff';
import { DEFAULT_CAMPAIGN_ADVISERS } from '../scenario/preparationSchema';
import { formatClock, toSeconds, type Scenario } from '../scenario/schema';
import { planLabourBreaches } from './breakRules';
import { dialerFindings } from './dialerCheck';
import { finding, type PlanFinding } from './findings';
import { dayPlanOf, serves, type DayPlan } from './planModel';

export type { PlanFinding, FindingSeverity } from './findings';

export interface StaffingRow {
  /** The interval's start, "HH:MM". */
  readonly interval: string;
  /** Seconds since the clock start. */
  readonly start: number;
  readonly channel: string;
  /** Forecast contacts in the interval. */
  readonly forecast: number;
  /** Erlang C's advisers for the channel's target, over 1 − shrinkage, rounded up; null when no finite team meets it. */
  readonly requiredErlangC: number | null;
  /** Advisers the plan has on shift serving the channel at the interval's middle. */
  readonly planned: number;
}

export interface PlanCheck {
  readonly findings: readonly PlanFinding[];
  readonly staffing: readonly StaffingRow[];
}

const hhmm = (secondsSinceMidnight: number) => formatClock(secondsSinceMidnight).slice(0, 5);

const LABOUR_TEXT: Record<string, string> = {
  noBreakAfter6h: 'no 20-minute break once 6 h are worked (L3121-16)',
  workSequenceOver3h: 'a work sequence of 3 h or more without a pause (IDCC 2098)',
  dailyMax10h: 'more than 10 h of work in the day (L3121-18)',
};

function labourFindings(scenario: Scenario, plan: DayPlan, dayStart: number): PlanFinding[] {
  const out: PlanFinding[] = [];
  const realistic = scenario.mode !== 'ideal';
  for (const a of plan.advisers) {
    if (a.off) continue;
    // Ideal mode has no breaks and no labour rules for the engine; the 10-hour day still holds.
    for (const b of planLabourBreaches(a.shiftStart, a.shiftEnd, a.breaks)) {
      if (!realistic && b.rule !== 'dailyMax10h') continue;
      out.push(finding(b.rule, 'error', { adviser: a.name, adviserId: a.id, time: hhmm(dayStart + b.at), hours: b.hours }, `${a.name}: ${LABOUR_TEXT[b.rule]}, from ${hhmm(dayStart + b.at)} in the plan`));
    }
  }
  if (out.length === 0) out.push(finding('labourOk', 'ok', {}, 'Every shift and break plan keeps the labour rules'));
  return out;
}

function staffingRows(scenario: Scenario, plan: DayPlan, dayStart: number): StaffingRow[] {
  const step = scenario.stats.intervalMinutes * 60;
  const end = toSeconds(scenario.clock.end) - dayStart;
  const rows: StaffingRow[] = [];
  for (const target of new Set(scenario.channels.map((c) => c.serviceLevel.target))) {
    for (const r of analyticRequiredStaff(scenario, { targetServiceLevel: target, shrinkage: DEFAULT_SHRINKAGE })) {
      if (scenario.channels.find((c) => c.id === r.channel)?.serviceLevel.target !== target) continue;
      const start = r.index * step;
      const middle = (start + Math.min(start + step, end)) / 2;
      const c = r.analytic.erlangC;
      rows.push({
        interval: r.interval, start, channel: r.channel, forecast: r.forecast,
        requiredErlangC: c === null ? null : Math.max(0, Math.ceil(c / (1 - DEFAULT_SHRINKAGE) - 1e-9)),
        planned: plan.advisers.filter((a) => serves(a, r.channel, middle)).length,
      });
    }
  }
  return rows.sort((a, b) => a.start - b.start || (a.channel < b.channel ? -1 : 1));
}

function staffingFindings(rows: readonly StaffingRow[]): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const channel of new Set(rows.map((r) => r.channel))) {
    const own = rows.filter((r) => r.channel === channel);
    const short = own.filter((r) => r.requiredErlangC === null || r.planned < r.requiredErlangC);
    if (short.length === 0) {
      out.push(finding('staffingOk', 'ok', { channel, intervals: own.length }, `${channel}: every interval staffed at or above the Erlang C estimate (shrinkage ${DEFAULT_SHRINKAGE * 100} %)`));
      continue;
    }
    const gap = (r: StaffingRow) => (r.requiredErlangC === null ? Infinity : r.requiredErlangC - r.planned);
    const worst = short.reduce((w, r) => (gap(r) > gap(w) ? r : w));
    const missing = Number.isFinite(gap(worst)) ? gap(worst) : worst.planned + 1;
    out.push(finding('understaffed', 'error', { channel, intervals: short.length, of: own.length, missing, worst: worst.interval, first: short[0].interval },
      `${channel}: ${short.length} of ${own.length} intervals below the Erlang C estimate, by up to ${missing} adviser(s) (worst ${worst.interval}, first ${short[0].interval})`));
  }
  return out;
}

function campaignFindings(scenario: Scenario, plan: DayPlan): PlanFinding[] {
  const prep = scenario.preparation;
  const out: PlanFinding[] = [];
  const channel = prep?.campaignChannelId;
  if (channel !== undefined) {
    const needed = prep?.minCampaignAdvisers ?? DEFAULT_CAMPAIGN_ADVISERS;
    const skilled = plan.advisers.filter((a) => !a.off && (a.skills[channel] > 0 || a.channelPlans.some((p) => p.channelId === channel))).length;
    out.push(skilled >= needed
      ? finding('campaignStaffed', 'ok', { channel, advisers: skilled, needed }, `Campaign ${channel}: ${skilled} skilled advisers planned (at least ${needed})`)
      : finding('campaignUnderstaffed', 'error', { channel, advisers: skilled, needed }, `Campaign ${channel}: only ${skilled} skilled adviser(s) planned, at least ${needed} needed`));
  }
  if (prep?.briefing?.required) {
    const topics = (prep.briefing.topics ?? []).join(', ');
    out.push(plan.briefed
      ? finding('briefingDone', 'ok', { topics }, 'The team is briefed at the start of the day')
      : finding('briefingMissing', 'error', { topics }, `No team briefing at the start of the day${topics ? ` (topics: ${topics})` : ''}`));
  }
  return out;
}

/** Checks the plan the commands stamped at the clock start (`at` 0) make of the scenario's day. */
export function checkPlan(scenario: Scenario, commands: readonly unknown[]): PlanCheck {
  const dayStart = toSeconds(scenario.clock.start);
  const plan = dayPlanOf(scenario, commands);
  const staffing = staffingRows(scenario, plan, dayStart);
  const findings = [
    ...labourFindings(scenario, plan, dayStart),
    ...staffingFindings(staffing),
    ...dialerFindings(scenario, plan.dialers),
    ...campaignFindings(scenario, plan),
  ];
  return { findings, staffing };
}
