/**
 * The preparation phase in the console (scenarios with `preparation`): the day is
 * loaded with its clock stopped at the start, the supervisor's commands at time 0
 * are the plan, and the day starts when they say so (or press play). The panel
 * checks the plan with the engine's own pure checkPlan, in the page.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface PrepState {
  /** The panel is up: the day has not started. */
  readonly open: boolean;
  /** The scenario's text, for the check (null: no preparation phase). */
  readonly text: string | null;
  /** Commands applied at the clock start, in order. */
  readonly commands: readonly Record<string, unknown>[];
}

export type PrepStore = StoreApi<PrepState>;

export const createPrepStore = (): PrepStore => createStore<PrepState>(() => ({ open: false, text: null, commands: [] }));

/** True when the scenario file asks for a preparation phase (a scenario the loader accepted). */
export function hasPreparation(text: string): boolean {
  try {
    const json = JSON.parse(text) as { preparation?: unknown } | null;
    return json !== null && typeof json === 'object' && json.preparation !== undefined && json.preparation !== null;
  } catch {
    return false;
  }
}
