/** The plan check's findings: a code (translated by the console), a severity, parameters and an English text. */
export type FindingSeverity = 'ok' | 'warning' | 'error';

export interface PlanFinding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly params: Record<string, string | number>;
  readonly text: string;
}

export const finding = (code: string, severity: FindingSeverity, params: Record<string, string | number>, text: string): PlanFinding => ({ code, severity, params, text });

/**
 * Findings the engine itself scores when they happen (labour breaches, and each call an
 * overridden dialer makes against the rules: sim/kpi/judge/improvement.ts): the plan's score does not charge them a second time, they only
 * keep a plan from being sound.
 */
export const SCORED_BY_ENGINE: ReadonlySet<string> = new Set(['noBreakAfter6h', 'workSequenceOver3h', 'dialerRulesOverridden']);
