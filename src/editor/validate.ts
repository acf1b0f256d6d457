/**
 * The editor's live check: the engine's own validateScenario on the document,
 * problems listed by path. Pure; the view debounces it.
 */
import { validateScenario, ScenarioError } from '../../sim/scenario/load';
import type { Scenario } from '../../sim/scenario/schema';
import type { Json } from './docPath';
import type { Problem } from './problemText';

export type Check = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly Problem[] };

export function checkDocument(doc: Json, file: string): Check {
  try {
    return { ok: true, scenario: validateScenario(doc, file) };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, problems: error.problems };
    // A cross-check that throws on a shape it did not expect is still a problem with the file, not a crash of the page.
    return { ok: false, problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
  }
}
