/**
 * The shift report's model: what the supervisor hands to management at the
 * end of a shift (DOMAIN.md §1, block 3 "report & propose"), as titled
 * sections of typed cells. The HTML, JSON and CSV renderers only lay it out.
 * Pure: built from the scenario, the run's result and the trainee's text.
 */
import type { SimulationResult } from '../kpi/result';
import type { Scenario } from '../scenario/schema';
import type { ScoreByBlock } from '../snapshot';
import type { Params, ReportLabel, ReportLang } from './labels';

/** How a number cell is shown: a share 0–1 as a percentage, seconds, a count, euros, score points. */
export type NumberFormat = 'percent' | 'seconds' | 'count' | 'money' | 'points' | 'decimal';

export interface NumberCell {
  readonly n: number | null;
  readonly f: NumberFormat;
  /** Shown with its sign (differences, points gained or lost). */
  readonly signed?: boolean;
}

/** Text, a number with its format, or nothing to show. */
export type Cell = string | NumberCell | null;

export interface Column {
  /** Stable key (JSON field names). */
  readonly key: string;
  readonly label: string;
}

export interface TableSection {
  readonly kind: 'table';
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface TextSection {
  readonly kind: 'text';
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export type Section = TableSection | TextSection;

export interface ReportModel {
  readonly lang: ReportLang;
  readonly title: string;
  readonly subtitle: string;
  readonly meta: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: number;
  readonly score: { readonly total: number; readonly byBlock: ScoreByBlock };
  readonly sections: readonly Section[];
}

/** The ghost run (same scenario and seed, no commands), when the result carries it. */
export interface ReportBaseline {
  readonly score: { readonly total: number; readonly byBlock: ScoreByBlock };
  readonly kpis: SimulationResult['kpis'];
}

export type ReportResult = Omit<SimulationResult, 'baseline'> & { readonly baseline?: ReportBaseline };

export interface ReportInput {
  readonly scenario: Scenario;
  readonly result: ReportResult;
  readonly lang: ReportLang;
  /** The trainee's own analysis and proposals (plain text, paragraphs separated by blank lines). */
  readonly analysis?: string;
  readonly proposals?: string;
  /** Adviser id → display name (the engine's names; ids are shown when missing). */
  readonly adviserNames?: Readonly<Record<string, string>>;
  /**
   * A translation for score entries and missed moments (the page passes its
   * dictionary); undefined falls back to the report's own table, then to the
   * engine's English text.
   */
  readonly translate?: (kind: 'entry' | 'missed', code: string, params: Params) => string | undefined;
}

export const num = (n: number | null | undefined, f: NumberFormat, signed = false): NumberCell => ({
  n: n === undefined || n === null || !Number.isFinite(n) ? null : n,
  f,
  ...(signed ? { signed } : {}),
});

export const isNumberCell = (c: Cell): c is NumberCell => c !== null && typeof c === 'object';

export function column(key: string, text: (k: ReportLabel) => string, labelKey: ReportLabel): Column {
  return { key, label: text(labelKey) };
}
