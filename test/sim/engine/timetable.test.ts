/** The timetable's sort against the stable object sort it replaced. */
import { expect, it } from 'vitest';
import { Timetable } from '../../../sim/engine/timetable';
function ref(entries: { time: number; kind: number; a: number; b: number }[]) {
  const sorted = entries.map((e, i) => ({ ...e, i })).sort((x, y) => x.time - y.time || x.i - y.i);
  return sorted.map((e) => [e.time, e.kind, e.a, e.b]);
}
it('orders entries by time, ties in listed order, as a stable sort of the entries would', () => {
  let s = 1; const r = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; };
  for (let trial = 0; trial < 300; trial++) {
    const n = Math.floor(r() * 200);
    const mode = trial % 4;
    const entries = Array.from({ length: n }, (_, i) => ({ time: mode === 0 ? Math.floor(r() * 50) : mode === 1 ? r() * 1000 : mode === 2 ? i * 10 : Math.floor(r() * 3) * 3600, kind: Math.floor(r() * 25), a: Math.floor(r() * 500), b: Math.floor(r() * 4) }));
    const t = new Timetable(entries);
    const got = Array.from({ length: n }, (_, i) => [t.timeAt(i), t.kindAt(i), t.aAt(i), t.bAt(i)]);
    expect(got).toEqual(ref(entries));
  }
});
