/**
 * Exam mode: a scenario whose purpose is "exam" is played on its own seed and
 * settings (the worker refuses another seed), with no hint of what to do (no
 * live score, no lever suggestions) and ends with the result file to hand in.
 */
import type { ScenarioSummary } from '../worker/protocol';
import { useSim } from './context';

export function isExam(scenario: Pick<ScenarioSummary, 'purpose'> | null | undefined): boolean {
  return scenario?.purpose === 'exam';
}

/** True while the loaded scenario is an exam. */
export function useExam(): boolean {
  return useSim((s) => isExam(s.scenario));
}
