/** The outbound call list across days (DOMAIN.md §7): attempts, refusals and sales carry over, so the 30-day and 60-day rules hold over the run. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../sim/index';
import { CampaignRun } from '../../sim/campaign';
import { parseIsoDate } from '../../sim/model/outbound/frenchCalendar';

// The outbound launch day (Thursday 3 December 2026), played on Thursday and Friday.
const input = JSON.parse(readFileSync('scenarios/training/outbound-campaign-launch.json', 'utf8'));
const scenario = validateScenario({ ...input, days: 2 }, 'outbound-two-days.json');
const thursday = parseIsoDate('2026-12-03');

describe('the call list across days', () => {
  it('starts Friday from the list Thursday left: its attempts, refusals and sales', () => {
    const run = new CampaignRun(scenario);
    const day1 = run.startDay()!;
    run.endDay();
    const left = day1.sim.dialers[0].carryOut();
    const day2 = run.startDay()!;
    const friday = day2.sim.dialers[0].records;
    expect(friday.map((r) => r.attemptDays)).toEqual(left.map((r) => r.attemptDays));
    const calledThursday = friday.filter((r) => r.attemptDays.includes(thursday));
    expect(calledThursday.length).toBeGreaterThan(50);
    const refused = left.filter((r) => r.refusalDay === thursday);
    const signed = left.filter((r) => r.converted);
    expect(refused.length).toBeGreaterThan(0);
    expect(signed.length).toBeGreaterThan(0);
    run.endDay();
    // Friday calls nobody who refused or signed on Thursday, and nobody past 4 attempts in 30 days.
    const after = day2.sim.dialers[0].carryOut();
    const fridayDay = thursday + 1;
    for (const r of [...refused, ...signed]) expect(after[r.id].attemptDays.filter((d) => d === fridayDay)).toEqual([]);
    for (const r of after) expect(r.attemptDays.filter((d) => d > fridayDay - 30).length).toBeLessThanOrEqual(4);
    expect(after.some((r) => r.attemptDays.includes(fridayDay))).toBe(true);
  });

  it('keeps the carried list when Friday’s plan asks for another size (the history is not regenerated)', () => {
    const run = new CampaignRun(scenario, { commands: [{ day: 2, at: 0, type: 'configureDialer', channelId: 'outbound', listSize: 50 }] });
    run.startDay();
    run.endDay();
    const day2 = run.startDay()!;
    day2.sim.advanceTo(60);
    const record = day2.sim.commands.log.find((c) => c.type === 'configureDialer')!;
    expect(record.status).toBe('rejected');
    expect(record.code).toBe('dialerStarted');
    expect(day2.sim.dialers[0].records.length).toBe(600);
  });
});
