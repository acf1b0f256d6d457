/**
 * A campaign's saved session: the record keeps the day reached and each command's
 * day, so a reload (or a dead worker) replays the days before it and comes back to
 * the same moment of the same day; the clock counts that day's commands only, and
 * the session has ended only with its last day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SessionKeeper, progressOf } from '../../../src/app/sessions';
import { memorySessionDb } from '../../../src/store/sessionsDb';
import { parseSessionFile, sessionFileText, type SessionRecord } from '../../../src/store/sessionRecord';
import { applyDelta } from '../../../src/store/applyDelta';
import { SimSession } from '../../../src/worker/session';
import type { Snapshot } from '../../../sim/snapshot';
import { play, snapshotEvent, toEnd } from '../worker/sessionKit';

const file = 'training/two-mornings.json';
const text = readFileSync(`scenarios/${file}`, 'utf8');

const snapshotOf = (s: SimSession): Snapshot => applyDelta(null, snapshotEvent(s).delta);

function resumed(record: SessionRecord): SimSession {
  const parsed = parseSessionFile(sessionFileText(record));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const r = parsed.record;
  const s = new SimSession();
  const outcome = s.load(r.scenario.text, r.scenario.file, { seed: r.seed, commands: r.commands, advanceTo: r.ended ? Infinity : r.clock, ...(r.day !== undefined ? { day: r.day } : {}) });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return s;
}

describe('a campaign’s saved session', () => {
  it('counts the current day’s commands for the clock, and ends with the last day', () => {
    const commands = [{ type: 'coach', day: 1, at: 9000 }, { type: 'logOut', day: 2, at: 600 }];
    expect(progressOf({ time: 300, finished: false }, commands, undefined, { day: 2, last: false })).toEqual({ commands, clock: 600, ended: false, day: 2 });
    expect(progressOf({ time: 14400, finished: true }, commands, undefined, { day: 1, last: false }).ended).toBe(false);
    expect(progressOf({ time: 14400, finished: true }, commands, undefined, { day: 2, last: true }).ended).toBe(true);
  });

  it('comes back to the same moment of day 2, and goes on to the same run', async () => {
    const keeper = new SessionKeeper({ db: memorySessionDb(), persistent: true });
    const live = new SimSession();
    const outcome = live.load(text, file);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    await keeper.begin({ text, file }, outcome.summary);
    play(live, 45);
    expect(live.submit({ type: 'coach', adviserId: 'a04', minutes: 15 })?.status).toBe('applied');
    toEnd(live);
    // Between days: the record says day 1 has ended, not the session.
    await keeper.save(progressOf(snapshotOf(live), live.commands, undefined, { day: 1, last: false }));
    const evening = keeper.current()!;
    expect(evening).toMatchObject({ day: 1, ended: false });
    expect(resumed(evening).takeDayEnd()?.kind).toBe('dayEnd');

    live.nextDay();
    play(live, 70);
    expect(live.submit({ type: 'sendToBreak', adviserId: 'a06', minutes: 10 })?.status).toBe('applied');
    play(live, 10);
    const at = snapshotOf(live);
    await keeper.save(progressOf(at, live.commands, undefined, { day: 2, last: false }));
    const record = keeper.current()!;
    expect(record).toMatchObject({ day: 2, clock: at.time, ended: false });
    expect(record.commands.map((c) => c.day)).toEqual([1, 2]);

    const back = resumed(record);
    const again = snapshotOf(back);
    expect({ time: again.time, channels: again.channels, advisers: again.advisers, score: again.score }).toEqual({ time: at.time, channels: at.channels, advisers: at.advisers, score: at.score });
    toEnd(live);
    toEnd(back);
    const hash = (s: SimSession) => {
      const event = s.takeDayEnd();
      if (event?.kind !== 'dayEnd') throw new Error('expected the end of the day');
      return event.dayEnd.campaign!.resultHash;
    };
    expect(hash(back)).toBe(hash(live));
  });

  it('refuses an imported command whose day is not a day of the run', () => {
    const record: SessionRecord = {
      format: 'superviseur-sim/session@1', id: 'x', title: { fr: 'a', en: 'a' }, scenario: { id: 'two-mornings', file, text },
      seed: 1, dayStart: 28800, clock: 60, ended: false, day: 1, commands: [{ type: 'coach', adviserId: 'a01', minutes: 10, day: 0, at: 30 }], savedAt: '2026-12-02T01:00:00.000Z',
    };
    const parsed = parseSessionFile(sessionFileText(record));
    expect(!parsed.ok && parsed.problems).toEqual(['$.commands[0].day: a day of the run from 1, got 0']);
    expect(parseSessionFile(sessionFileText({ ...record, commands: [{ ...record.commands[0], day: 2 }] })).ok).toBe(true);
  });
});
