/**
 * Checks on parsed JSON before anything reads it: keys that could reach an
 * object's prototype when a tool copies or merges the data (`__proto__`,
 * `constructor`, `prototype`) are refused at any depth, and so is nesting
 * deeper than any scenario needs (the walk is iterative, so junk nested a
 * million deep cannot overflow the stack).
 */
import type { ScenarioProblem } from './problems';

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
/** The deepest shipped scenario nests 7 levels; 64 leaves room for any real one. */
export const MAX_DEPTH = 64;

function pathOf(parts: readonly (string | number)[]): string {
  return '$' + parts.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');
}

/** The first unsafe key or over-deep value found (one problem is enough to refuse the file). */
export function unsafeJson(root: unknown): ScenarioProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) return { path: pathOf(path), message: `nested more than ${MAX_DEPTH} levels deep: not a scenario` };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbidden.has(key)) return { path: pathOf([...path, key]), message: `the key "${key}" is not allowed in a scenario (it could reach an object's prototype)` };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
