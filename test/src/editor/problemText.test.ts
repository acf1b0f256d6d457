import { describe, expect, it } from 'vitest';
import { maxImportBytes, problemLine, readableMessage, sizeProblem } from '../../../src/editor/problemText';
import { parseScenario, ScenarioError } from '../../../sim/scenario/load';

function problemsOf(text: string) {
  try {
    parseScenario(text, 'x.json');
  } catch (e) {
    return (e as ScenarioError).problems;
  }
  return [];
}

describe('problems in words', () => {
  it('names the path without "$." and says what is expected', () => {
    const text = JSON.stringify({
      schemaVersion: 1, id: 'x', title: { fr: 'a', en: 'b' }, seed: 1, clock: { start: '08:00', end: '09:00' },
      channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 1 }, handleTime: { dist: 'exponential', mean: -3 }, serviceLevel: { thresholdSeconds: 20, target: 1.5 } }],
      team: { generate: { count: 1, skills: { voice: 1 } } },
    });
    const lines = problemsOf(text).map((p) => problemLine(p, 'en'));
    expect(lines).toContain('channels[0].handleTime.mean: expected a positive number, got -3');
    expect(lines).toContain('channels[0].serviceLevel.target: expected a number ≤ 1, got 1.5');
    expect(problemsOf(text).map((p) => problemLine(p, 'fr'))).toContain('channels[0].handleTime.mean: nombre positif attendu, reçu -3');
  });

  it('gives one short line for a file that is not JSON, however long', () => {
    const problems = problemsOf('garbage '.repeat(500_000));
    expect(problems).toHaveLength(1);
    const line = problemLine(problems[0], 'en');
    expect(line.startsWith('the file: not valid JSON (')).toBe(true);
    expect(line.length).toBeLessThan(260);
  });

  it('reads types, missing fields, options and unknown fields', () => {
    expect(readableMessage('Invalid input: expected number, received string, got "x"', 'en')).toBe('expected a number, got "x"');
    expect(readableMessage('missing (expected string)', 'fr')).toBe('manquant (un texte attendu)');
    expect(readableMessage('Invalid option: expected one of "voice"|"chat", got "fax"', 'en')).toBe('expected one of "voice", "chat", got "fax"');
    expect(readableMessage('unknown field(s): foo', 'fr')).toBe('champ(s) inconnu(s) : foo');
    expect(readableMessage('a team needs at least one adviser', 'fr')).toBe('a team needs at least one adviser');
  });

  it('refuses a file over the size limit in one line', () => {
    expect(sizeProblem(1000, 'en')).toBeNull();
    expect(problemLine(sizeProblem(maxImportBytes * 3, 'en')!, 'en')).toBe('the file: the file is 150 MB, far too large to be a scenario');
  });

  it('words the engine’s own size limit', () => {
    const problems = problemsOf('x'.repeat(6_000_000));
    expect(problems).toHaveLength(1);
    expect(problemLine(problems[0], 'en')).toBe('the file: the file is 6.0 MB; a scenario file may be at most 5 MB');
    expect(problemLine(problems[0], 'fr')).toBe('le fichier: le fichier pèse 6.0 Mo ; un scénario fait au plus 5 Mo');
  });
});
