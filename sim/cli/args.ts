/**
 * A small, strict command-line parser: every unknown flag, missing value or
 * malformed number is a problem to report (exit 2), never silently ignored.
 */
export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

export interface FlagSpec {
  readonly [flag: string]: 'boolean' | 'string' | 'int' | 'number';
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Record<string, string | number | boolean>;
  readonly problems: string[];
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | number | boolean> = {};
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const kind = spec[name];
    if (!kind) {
      problems.push(`unknown option --${name} (known: ${Object.keys(spec).map((f) => `--${f}`).join(', ')})`);
      continue;
    }
    if (kind === 'boolean') {
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      problems.push(`--${name} needs a value`);
      if (inline === undefined && value?.startsWith('--')) i--;
      continue;
    }
    if (kind === 'string') flags[name] = value;
    else {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) problems.push(`--${name} must be a number, got "${value}"`);
      else if (kind === 'int' && !Number.isInteger(n)) problems.push(`--${name} must be a whole number, got "${value}"`);
      else flags[name] = n;
    }
  }
  return { positional, flags, problems };
}
