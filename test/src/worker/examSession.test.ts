import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResultFile, verifyResult } from '../../../sim/exam/index';
import { parseScenario } from '../../../sim/index';
import { SimSession } from '../../../src/worker/session';
import { applyDelta } from '../../../src/store/applyDelta';

function scoreShown(s: SimSession): boolean {
  const event = s.emit();
  if (event?.kind !== 'snapshot') throw new Error('expected a snapshot');
  return applyDelta(null, event.delta).score !== null;
}

const file = 'scenarios/exam/exam-standard-morning.json';
const text = readFileSync(file, 'utf8');
const exam = parseScenario(text, file);

/** Plays `minutes` of simulated time at 120×, in 250 ms ticks. */
function play(s: SimSession, minutes: number): void {
  s.speed = 120;
  s.playing = true;
  for (let i = 0; i < (minutes * 60) / 30; i++) s.tick(250);
}

describe('an exam in the worker session', () => {
  it('is played on its own seed: another seed is refused, naming it', () => {
    const refused = new SimSession().load(text, file, { seed: 7 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.failure.problems).toEqual([{ path: '$.seed', message: `an exam is played on its own seed (${exam.seed}), not 7` }]);
    expect(new SimSession().load(text, file, { seed: exam.seed }).ok).toBe(true);
    expect(new SimSession().load(readFileSync('scenarios/training/default-weekday-morning.json', 'utf8'), 'training.json', { seed: 7 }).ok).toBe(true);
  });

  it('posts snapshots without the score (a training scenario keeps it)', () => {
    const examSession = new SimSession();
    examSession.load(text, file);
    expect(scoreShown(examSession)).toBe(false);
    const training = new SimSession();
    training.load(readFileSync('scenarios/training/default-weekday-morning.json', 'utf8'), 'training.json');
    expect(scoreShown(training)).toBe(true);
  });

  it('writes a result file the command line verifies, live commands and a refused one included', () => {
    const s = new SimSession();
    expect(s.load(text, file).ok).toBe(true);
    expect(s.resultFile({ analysis: '', proposals: '' })).toBeNull(); // not before the end of the shift

    play(s, 60);
    expect(s.submit({ type: 'coach', adviserId: 'a12', minutes: 20 })?.status).toBe('applied');
    expect(s.submit({ type: 'recognise', adviserId: 'a02' })?.status).toBe('rejected'); // the supervisor is coaching
    play(s, 30);
    expect(s.submit({ type: 'setIvrMessage', channelId: 'voice', message: 'incident' })?.status).toBe('applied');
    s.speed = 'end';
    while (!s.finished) s.tick(250);
    const written = s.resultFile({ analysis: 'Analyse', proposals: 'Propositions' });
    expect(written).not.toBeNull();
    const parsed = parseResultFile(written!, 'browser.json');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.report).toEqual({ analysis: 'Analyse', proposals: 'Propositions' });
    expect(parsed.file.commands).toHaveLength(3);
    const outcome = verifyResult(parsed.file, { file: 'browser.json', official: (id) => (id === exam.id ? { source: file, scenario: exam } : null) });
    expect(outcome.ok && outcome.verdict.problems).toEqual([]);
    expect(outcome.ok && outcome.verdict.verified).toBe(true);
  });
});
