/** A problem found in a scenario file, and the error that lists them: file, JSON path, what is wrong. */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

/** Problems spelled out in the error's message. */
const MAX_LISTED = 20;

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    // The message lists the first problems; a file of junk can have thousands, all kept in `problems`.
    const shown = problems.slice(0, MAX_LISTED).map((p) => `${file}: ${p.path}: ${p.message}`);
    if (problems.length > MAX_LISTED) shown.push(`${file}: … and ${problems.length - MAX_LISTED} more problems`);
    super(shown.join('\n'));
    this.name = 'ScenarioError';
  }
}

/** "$.channels[0].handleTime" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}
