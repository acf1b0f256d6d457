/**
 * Where two plain JSON values differ, as paths (`$.result.kpis.byChannel.voice.serviceLevel`)
 * with what the file claims and what the replay gives. Pure.
 */
export interface Difference {
  readonly path: string;
  /** JSON text of the file's value ('undefined' when the file lacks it). */
  readonly claimed: string;
  readonly replayed: string;
}

const shown = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

/** At most `limit` differences, in key order; `skip` names paths left out (e.g. `$.result.engineVersion`). */
export function differences(claimed: unknown, replayed: unknown, path = '$', options: { limit?: number; skip?: ReadonlySet<string> } = {}, out: Difference[] = []): Difference[] {
  const limit = options.limit ?? 10;
  if (out.length >= limit || options.skip?.has(path)) return out;
  const a = claimed;
  const b = replayed;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    if (!Object.is(a, b)) out.push({ path, claimed: shown(a), replayed: shown(b) });
    return out;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const sub = Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`;
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub, options, out);
  }
  return out;
}

export function differenceText(d: Difference): string {
  return `${d.path}: file says ${d.claimed}, replay gives ${d.replayed}`;
}
