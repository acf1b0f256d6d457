/** A problem found in a scenario file, and the error that lists them: file, JSON path, what is wrong. */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** "$.channels[0].handleTime" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}
