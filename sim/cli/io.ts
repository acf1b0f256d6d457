/**
 * File input and process plumbing shared by the command-line entry points.
 * Bad input becomes an InputError (exit 2) whose message names the file, the
 * JSON path and the problem; anything else is an internal error (exit 1).
 */
import { accessSync, constants, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLogSchema, parseScenario, ScenarioError, type Scenario } from '../index';
import { jsonPath } from '../scenario/load';
import { UsageError } from './args';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`${file}: cannot read: ${why}`);
  }
}

export function writeOutputFile(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new InputError(`${file}: cannot write: ${(e as Error).message}`);
  }
}

/** Checks, before a long run, that `file` can be written: its folder exists and is writable. */
export function assertWritable(file: string): void {
  const dir = dirname(file);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
    accessSync(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot write: ${code === 'ENOENT' ? `no folder ${dir}` : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  if (!isDir) throw new InputError(`${file}: cannot write: ${dir} is not a folder`);
  // A folder where the file should go would only fail after the run.
  let target: ReturnType<typeof statSync> | undefined;
  try {
    target = statSync(file);
  } catch {
    target = undefined;
  }
  if (target?.isDirectory()) throw new InputError(`${file}: cannot write: is a folder, not a file`);
}

export function loadScenarioFile(file: string): Scenario {
  return parseScenario(readInputFile(file), file);
}

/** A command log: a JSON array of commands (format in DESIGN.md §3 and the README). */
export function loadCommandLog(file: string, options: { allowDay?: boolean } = {}): unknown[] {
  const text = readInputFile(file);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: $: not valid JSON: ${(e as Error).message}`);
  }
  // A multi-day run's commands may name their day; the run itself rejects a day it does not have.
  const strip = (c: unknown) => (typeof c === 'object' && c !== null && !Array.isArray(c) ? (({ day: _d, ...rest }) => rest)(c as Record<string, unknown>) : c);
  const parsed = commandLogSchema.safeParse(options.allowDay && Array.isArray(input) ? input.map(strip) : input);
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => `${file}: ${jsonPath(i.path)}: ${i.message}`).join('\n'));
  }
  return input as unknown[];
}

/** Exit code for an error thrown by a command: 2 for bad input, 1 otherwise. */
export function reportError(e: unknown): number {
  if (e instanceof UsageError || e instanceof ScenarioError || e instanceof InputError) {
    process.stderr.write(e.message + '\n');
    return 2;
  }
  process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  return 1;
}

/** Runs `main` when the module is the process entry point (not when imported by tests or the bench). */
export function runMain(moduleUrl: string, main: () => number | Promise<number>): void {
  const entry = process.argv[1];
  if (!entry) return;
  let isEntry = false;
  try {
    isEntry = realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    isEntry = false;
  }
  if (!isEntry) return;
  Promise.resolve()
    .then(main)
    .then(
      (code) => { process.exitCode = code; },
      (e) => { process.exitCode = reportError(e); },
    );
}
