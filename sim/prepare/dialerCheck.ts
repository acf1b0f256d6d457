/**
 * The dialer's plan against the French calling rules (D223-9, sim/model/outbound):
 * the campaign's windows within the legal hours, no more attempts than 4 in 30 days,
 * a calling day, the rules not overridden. The dialer enforces the rules whatever the
 * plan says (unless overridden); a plan that asks for more is still a compliance finding.
 */
import { CALLING_WINDOWS, MAX_ATTEMPTS_PER_PERIOD, isCallingTime, parseIsoDate } from '../model/outbound';
import { formatClock, type Scenario } from '../scenario/schema';
import type { PlanFinding } from './findings';
import { finding } from './findings';
import type { PlannedDialer } from './planModel';

const hhmm = (s: number) => formatClock(s).slice(0, 5);
const legal = (from: number, to: number) => CALLING_WINDOWS.some(([start, end]) => from >= start && to <= end);
const legalText = CALLING_WINDOWS.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(', ');

export function dialerFindings(scenario: Scenario, dialers: readonly PlannedDialer[]): PlanFinding[] {
  const out: PlanFinding[] = [];
  const day = scenario.date ? parseIsoDate(scenario.date) : null;
  for (const d of dialers) {
    const channel = d.channelId;
    const before = out.length;
    if (day !== null && !isCallingTime({ day, secondOfDay: CALLING_WINDOWS[0][0] })) {
      out.push(finding('notCallingDay', 'error', { channel, date: scenario.date! }, `${scenario.date} is a weekend day or a public holiday: no consumer may be called on ${channel}`));
    }
    for (const w of d.windows ?? []) {
      if (legal(w.from, w.to)) continue;
      const window = `${hhmm(w.from)}–${hhmm(w.to)}`;
      out.push(finding('windowOutsideLegalHours', 'error', { channel, window, legal: legalText }, `Dialer window ${window} on ${channel} is outside the legal calling hours (${legalText}, D223-9)`));
    }
    if (d.spec.retry.maxAttempts > MAX_ATTEMPTS_PER_PERIOD) {
      out.push(finding('tooManyAttempts', 'error', { channel, attempts: d.spec.retry.maxAttempts, max: MAX_ATTEMPTS_PER_PERIOD }, `Retry rules on ${channel} allow ${d.spec.retry.maxAttempts} attempts: at most ${MAX_ATTEMPTS_PER_PERIOD} in 30 days per consumer (D223-9)`));
    }
    if (d.override) {
      out.push(finding('dialerRulesOverridden', 'error', { channel }, `The dialer on ${channel} is set to ignore the calling rules: every call that breaks one is a breach`));
    }
    if (out.length === before) {
      out.push(finding('dialerCompliant', 'ok', { channel, legal: legalText }, `Dialer on ${channel} keeps to the calling rules (${legalText}, at most ${MAX_ATTEMPTS_PER_PERIOD} attempts in 30 days)`));
    }
  }
  return out;
}
