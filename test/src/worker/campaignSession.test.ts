/**
 * A multi-day campaign in the worker session, as the console plays it: day 1 with a
 * live command, the end-of-day state, the next morning, day 2; the run's hash equals
 * the command line's with the session's log (the browser and Node agree), and a
 * restore in the middle of day 2 rebuilds the same run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runCampaign } from '../../../sim/index';
import { parseResultFile, verifyResult } from '../../../sim/exam/index';
import { SimSession } from '../../../src/worker/session';
import { applyDelta } from '../../../src/store/applyDelta';
import type { DayEnd } from '../../../src/worker/protocol';
import { play, snapshotEvent, toEnd } from './sessionKit';

const file = 'scenarios/training/two-mornings.json';
const text = readFileSync(file, 'utf8');
const scenario = parseScenario(text, file);

function dayEndOf(s: SimSession): DayEnd {
  const event = s.takeDayEnd();
  if (event?.kind !== 'dayEnd') throw new Error(`expected the end of the day, got ${JSON.stringify(event)}`);
  return event.dayEnd;
}

/** Day 1 with a coaching at 60 min, then the next morning and 90 min of day 2 with a log-out. */
function intoDay2(): SimSession {
  const s = new SimSession();
  expect(s.load(text, file).ok).toBe(true);
  play(s, 60);
  expect(s.submit({ type: 'coach', adviserId: 'a03', minutes: 20 })?.status).toBe('applied');
  toEnd(s);
  dayEndOf(s);
  expect(s.nextDay()?.day).toBe(2);
  play(s, 90);
  expect(s.submit({ type: 'logOut', adviserId: 'a02' })?.status).toBe('applied');
  play(s, 15);
  return s;
}

describe('a campaign in the worker session', () => {
  it('plays day after day: the end-of-day state, the next morning, and the hash of the command line', () => {
    const s = new SimSession();
    expect(s.load(text, file).ok).toBe(true);
    const first = snapshotEvent(s);
    expect(first.day).toEqual({ day: 1, days: 2, date: '2026-06-11', weekday: 'thursday', status: 'open' });
    expect(applyDelta(null, first.delta).score).not.toBeNull();

    play(s, 60);
    expect(s.submit({ type: 'coach', adviserId: 'a03', minutes: 20 })?.status).toBe('applied');
    expect(s.commands).toEqual([{ type: 'coach', adviserId: 'a03', minutes: 20, day: 1, at: 3600 }]);
    expect(s.takeDayEnd()).toBeNull();
    toEnd(s);

    const day1 = dayEndOf(s);
    expect(s.takeDayEnd()).toBeNull(); // posted once
    expect(day1.day.day).toBe(1);
    expect(day1.next).toEqual({ day: 2, days: 2, date: '2026-06-12', weekday: 'friday', status: 'open' });
    expect(day1.closedAhead).toEqual([]);
    expect(day1.campaign).toBeNull();
    expect(day1.day.advisers).toHaveLength(10);
    expect(day1.final?.result.commands.map((c) => c.type)).toEqual(['coach']);
    expect(day1.final?.timesheet.every((r) => r.day === 1 && r.date === '2026-06-11')).toBe(true);
    expect(s.dayEnd()).toBe(day1);
    expect(s.submit({ type: 'recognise', adviserId: 'a01' })).toBeNull(); // the day is recorded

    const day2Info = s.nextDay();
    expect(day2Info).toEqual({ day: 2, days: 2, date: '2026-06-12', weekday: 'friday', status: 'open' });
    expect(s.dayEnd()).toBeNull();
    const morning = snapshotEvent(s);
    expect(morning.delta.base).toBe('full');
    expect(applyDelta(null, morning.delta).time).toBe(0);
    expect(morning.day?.day).toBe(2);

    play(s, 90);
    expect(s.submit({ type: 'logOut', adviserId: 'a02' })?.status).toBe('applied');
    toEnd(s);
    const day2 = dayEndOf(s);
    expect(day2.next).toBeNull();
    expect(day2.day.carriedIn).toEqual(day1.day.carriedOut);
    expect(day2.final?.timesheet.every((r) => r.day === 2 && r.date === '2026-06-12')).toBe(true);
    expect(s.nextDay()).toBeNull();

    const campaign = day2.campaign!;
    expect(campaign.byDay.map((d) => d.date)).toEqual(['2026-06-11', '2026-06-12']);
    expect(s.commands.map((c) => [c.day, c.type])).toEqual([[1, 'coach'], [2, 'logOut']]);
    const headless = runCampaign(scenario, { commands: s.commands });
    expect(campaign.resultHash).toBe(headless.resultHash);
    expect(campaign.resultHash).not.toBe(runCampaign(scenario).resultHash);
  });

  it('restores in the middle of day 2 to the same run, and restarts at day 1', () => {
    const reference = intoDay2();
    toEnd(reference);
    const expected = dayEndOf(reference).campaign!.resultHash;

    const s = intoDay2();
    const before = applyDelta(null, snapshotEvent(s).delta).time;
    expect(s.restore().ok).toBe(true);
    const restored = snapshotEvent(s);
    expect(restored.day?.day).toBe(2);
    expect(applyDelta(null, restored.delta).time).toBe(before);
    toEnd(s);
    expect(dayEndOf(s).campaign!.resultHash).toBe(expected);

    // A restore once the day has ended brings its end-of-day state back.
    expect(s.restore().ok).toBe(true);
    expect(dayEndOf(s).campaign!.resultHash).toBe(expected);

    expect(s.restart().ok).toBe(true);
    expect(snapshotEvent(s).day?.day).toBe(1);
    expect(s.commands).toEqual([]);
  });

  it('passes a weekend: Friday’s end names the closed days and Monday is the next morning', () => {
    const weekend = JSON.stringify({ ...JSON.parse(text), date: '2026-06-12', days: 4 });
    const s = new SimSession();
    expect(s.load(weekend, 'weekend.json').ok).toBe(true);
    toEnd(s);
    const friday = dayEndOf(s);
    expect(friday.closedAhead.map((d) => [d.date, d.status])).toEqual([['2026-06-13', 'closed'], ['2026-06-14', 'closed']]);
    expect(friday.next).toMatchObject({ day: 4, date: '2026-06-15', weekday: 'monday' });
    expect(s.nextDay()?.day).toBe(4);
    toEnd(s);
    const run = dayEndOf(s).campaign!;
    expect(run.byDay.map((d) => d.status)).toEqual(['open', 'closed', 'closed', 'open']);
    expect(run.resultHash).toBe(runCampaign(parseScenario(weekend, 'weekend.json')).resultHash);
  });

  it('shows no score during an exam’s days', () => {
    const exam = JSON.stringify({ ...JSON.parse(text), purpose: 'exam' });
    const s = new SimSession();
    expect(s.load(exam, 'exam.json').ok).toBe(true);
    expect(applyDelta(null, snapshotEvent(s).delta).score).toBeNull();
    toEnd(s);
    const day1 = dayEndOf(s);
    expect(day1.final).toBeNull();
    expect(day1.day.score).toBeNull();
    expect(s.resultFile({ analysis: '', proposals: '' })).toBeNull();
    // After the last day: the hand-in, a result file of the whole run that verifies by replay.
    s.nextDay();
    toEnd(s);
    const last = dayEndOf(s);
    expect(last.next).toBeNull();
    expect(last.final).not.toBeNull();
    expect(last.campaign!.score.total).toBeNull();
    const file = s.resultFile({ analysis: 'Two mornings.', proposals: '' });
    const parsed = parseResultFile(file!, 'result.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const scenario = parseScenario(exam, 'exam.json');
    const outcome = verifyResult(parsed.file, { file: 'result.json', official: () => ({ source: 'exam.json', scenario }) });
    expect(outcome.ok && outcome.verdict.problems).toEqual([]);
    expect(outcome.ok && outcome.verdict.verified).toBe(true);
  });
});
