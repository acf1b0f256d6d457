/**
 * The page's import graph, read from the sources: no circle between files
 * (type-only imports count: they tie files together just the same), no circle
 * between the folders of src/, the floor never reaches into the panels, and the
 * store takes only types from the worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../src');

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolve(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (candidate.startsWith(root + path.sep) && /\.tsx?$/.test(candidate) && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** `import type {…}`, or every named specifier marked `type`. */
function isTypeOnly(keyword: string | undefined, clause: string): boolean {
  if (keyword) return true;
  const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!named) return false;
  const parts = named[1].split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.startsWith('type '));
}

export function importEdges(files: readonly string[]): Edge[] {
  const edges: Edge[] = [];
  const statement = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/g;
  const bare = /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
  const dynamic = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const add = (spec: string, typeOnly: boolean) => {
      const to = resolve(file, spec);
      if (to) edges.push({ from: file, to, typeOnly });
    };
    for (const m of text.matchAll(statement)) add(m[3], isTypeOnly(m[1], m[2]));
    for (const m of text.matchAll(bare)) add(m[1], false);
    for (const m of text.matchAll(dynamic)) add(m[1], false);
  }
  return edges;
}

/** One circle in a directed graph, as a path that ends where it starts; null when there is none. */
export function findCircle(nodes: Iterable<string>, next: (n: string) => Iterable<string>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of next(n)) {
      if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const found = visit(m);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of nodes) {
    if (state.has(n)) continue;
    const found = visit(n);
    if (found) return found;
  }
  return null;
}

const files = sourceFiles(root);
const edges = importEdges(files);
const rel = (f: string) => path.relative(root, f);
/** A file's folder under src/ ('.' for the entry files at the top). */
const folder = (f: string) => (rel(f).includes(path.sep) ? rel(f).split(path.sep)[0] : '.');

describe('import graph of src/', () => {
  it('reads the imports (the check below would pass vacuously otherwise)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(edges.some((e) => rel(e.from) === 'main.tsx' && folder(e.to) === 'panels')).toBe(true);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
  });

  it('has no circle between files, type-only imports included', () => {
    const out = new Map<string, string[]>();
    for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    expect(findCircle(files, (f) => out.get(f) ?? [])?.map(rel) ?? null).toBeNull();
  });

  it('has no circle between folders, type-only imports included', () => {
    const out = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [folder(e.from), folder(e.to)];
      if (a !== b) out.set(a, (out.get(a) ?? new Set()).add(b));
    }
    expect(findCircle(new Set(files.map(folder)), (f) => out.get(f) ?? [])).toBeNull();
  });

  it('keeps the floor out of the panels', () => {
    expect(edges.filter((e) => folder(e.from) === 'floor' && folder(e.to) === 'panels').map((e) => `${rel(e.from)} → ${rel(e.to)}`)).toEqual([]);
  });

  it('lets the store take only types from the worker', () => {
    expect(edges.filter((e) => folder(e.from) === 'store' && folder(e.to) === 'worker' && !e.typeOnly).map((e) => `${rel(e.from)} → ${rel(e.to)}`)).toEqual([]);
  });
});

describe('circle finder', () => {
  it('finds a circle and returns it as a closed path', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: [] };
    expect(findCircle(Object.keys(graph), (n) => graph[n])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('returns null for a graph without one', () => {
    const graph: Record<string, string[]> = { a: ['b', 'c'], b: ['c'], c: [] };
    expect(findCircle(Object.keys(graph), (n) => graph[n])).toBeNull();
  });
});
