import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, officialExams, type AssessedCandidate } from '../../../src/worker/assess';
import { buildCatalogue } from '../../../src/worker/catalogue';
import { csvField } from '../../../sim/report/files';
import { assessorCsv } from '../../../src/panels/assessorCsv';
import { keyMoments, reasons } from '../../../src/panels/assessorText';
import { resultsFolder } from '../../e2e/fixtures/makeResults';

// The official exams as the page bundles them: every file of scenarios/, the exam group used.
const files = Object.fromEntries(
  ['training', 'exam', 'validation'].flatMap((g) => readdirSync(join('scenarios', g)).map((n) => [`/scenarios/${g}/${n}`, readFileSync(join('scenarios', g, n), 'utf8')])),
);
const official = officialExams(buildCatalogue(files));
const fixture = (name: string) => assess(readFileSync(join(resultsFolder, name), 'utf8'), name, official);

describe('the assessor fixtures (regenerate with npx tsx test/e2e/fixtures/makeResults.ts)', () => {
  it('still verify against the bundled exam, and the forged one still fails', () => {
    const [a, b, forged] = ['candidate-a.json', 'candidate-b.json', 'candidate-forged.json'].map(fixture);
    expect(a.problems).toEqual([]);
    expect(a.status).toBe('verified');
    expect(b.status).toBe('verified');
    expect(forged.status).toBe('notVerified');
    expect(forged.problems.map((p) => p.code)).toEqual(['notOfficial']);
    expect(forged.problems[0].params.source).toBe('scenarios/exam/exam-standard-morning.json');
  });
});

describe('a candidate for the assessor', () => {
  const a = fixture('candidate-a.json');

  it('carries the replay’s score, its missed moments and largest entries, and the report text', () => {
    expect(a.score?.total).toEqual(expect.any(Number));
    expect(a.missed.length).toBeGreaterThan(0);
    expect(a.topEntries).toHaveLength(3);
    const sizes = a.topEntries.map((e) => Math.abs(e.points));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(a.report?.analysis).toContain('09:30');
    expect(a.adviserNames.a12).toEqual(expect.any(String));
  });

  it('puts the key moments in the chosen language', () => {
    const fr = keyMoments(a, 'fr');
    const en = keyMoments(a, 'en');
    expect(fr).toHaveLength(a.missed.length + 3);
    expect(fr.some((m) => /manqué : main levée de .+ restée sans réponse \(levier : /.test(m))).toBe(true);
    expect(en.some((m) => /missed: raised hand of .+ left unanswered \(lever: /.test(m))).toBe(true);
    expect(en.at(-3)).toMatch(/^\d\d:\d\d [+−±]\d+\.\d (Resources|People|Improvement): /);
  });

  it('says why a file is not verified, or cannot be read', () => {
    const forged = fixture('candidate-forged.json');
    expect(reasons(forged, 'fr')[0]).toMatch(/^Le scénario contenu « exam-standard-morning » \(empreinte [0-9a-f]+\) n’est pas l’examen officiel scenarios\/exam\/exam-standard-morning\.json \(empreinte [0-9a-f]+\)\.$/);
    const broken = assess('{"format": "superviseur-sim/result@2"}', 'broken.json', official);
    expect(broken.status).toBe('unreadable');
    expect(reasons(broken, 'en')).toEqual([broken.message]);
    expect(broken.message).toMatch(/^broken\.json: \$\.\w+: /);
  });
});

describe('the jury CSV', () => {
  const candidates: AssessedCandidate[] = ['candidate-a.json', 'candidate-b.json', 'candidate-forged.json'].map(fixture);

  it('has a header and one row per candidate, in French with ; and the decimal comma', () => {
    const csv = assessorCsv(candidates, 'fr');
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Fichier;Vérification;Motifs et remarques;Examen;Graine;Moteur;Score / 100;Ressources;Équipe;Amélioration;Moments clés;Analyse;Propositions');
    expect(lines[1].startsWith('candidate-a.json;Vérifié;;')).toBe(true);
    expect(lines[1]).toContain(`;424242;`);
    expect(lines[1]).toContain(`;${String(candidates[0].score!.total).replace('.', ',')};`);
    expect(lines[3].startsWith('candidate-forged.json;Non vérifié;Le scénario contenu')).toBe(true);
  });

  it('in English with commas, quoting what needs it', () => {
    const lines = assessorCsv(candidates, 'en').split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['File', 'Verification', 'Reasons and notes']);
    expect(lines[2].endsWith(',The morning went as planned.,')).toBe(true); // nothing to quote; no proposals
    // Key moments hold commas: the cell is quoted, so the row still has 13 columns for a CSV reader.
    expect(lines[1]).toMatch(/,"[^"]*missed: [^"]*",/);
    expect(csvField('a, "b"', ',')).toBe('"a, ""b"""');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField('plain', ',')).toBe('plain');
  });
});
