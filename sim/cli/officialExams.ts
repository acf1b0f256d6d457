/**
 * The official exams for `npm run verify`: the files of scenarios/exam/ in this
 * project (found from this file, not the working directory), or the one file
 * given with --exam.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficialExam } from '../exam/index';
import { loadScenarioFile, readInputFile } from './io';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const examFolder = join(projectRoot, 'scenarios', 'exam');

function idOf(file: string): string | undefined {
  try {
    const id = (JSON.parse(readInputFile(file)) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The bundled exam whose id is `id`, validated (a broken exam file is bad input, exit 2), or null. */
export function bundledExam(id: string, folder = examFolder): OfficialExam | null {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return null;
  }
  const match = names.map((n) => join(folder, n)).find((f) => idOf(f) === id);
  if (!match) return null;
  return { source: relative(projectRoot, match), scenario: loadScenarioFile(match) };
}

/** The exam given with --exam: whatever its id, it is the one the result must match. */
export function givenExam(file: string): OfficialExam {
  return { source: file, scenario: loadScenarioFile(file) };
}
