/**
 * Events known before the day starts (shift starts and ends, planned breaks,
 * closing time), kept out of the event heap: sorted once, consumed in order.
 * Keeping ~3 static events per adviser out of the heap keeps the heap at the
 * size of what is actually happening (contacts in service), which is what
 * every pop pays for. At equal times a static event runs before dynamic ones,
 * as it would in the heap, where it would carry the lowest sequence numbers.
 */
export class Timetable {
  private readonly time: Float64Array;
  private readonly kind: Uint8Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private next = 0;

  constructor(entries: readonly { time: number; kind: number; a: number; b: number }[]) {
    // Stable sort: entries at the same time keep the order they were listed in.
    const n = entries.length;
    const order = sortedOrder(entries);
    this.time = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const e = entries[order[k]];
      this.time[k] = e.time;
      this.kind[k] = e.kind;
      this.a[k] = e.a;
      this.b[k] = e.b;
    }
  }

  get remaining(): number {
    return this.time.length - this.next;
  }

  peekTime(): number {
    return this.next < this.time.length ? this.time[this.next] : Infinity;
  }

  /** Consumes the next entry; read it through the returned index. */
  take(): number {
    return this.next++;
  }

  /** Consumes every entry left, handing each to `visit` (the run is over). */
  skipRest(visit: (time: number, kind: number, a: number, b: number) => void): void {
    while (this.next < this.time.length) {
      const i = this.next++;
      visit(this.time[i], this.kind[i], this.a[i], this.b[i]);
    }
  }

  timeAt(i: number): number { return this.time[i]; }
  kindAt(i: number): number { return this.kind[i]; }
  aAt(i: number): number { return this.a[i]; }
  bAt(i: number): number { return this.b[i]; }
}

const INDEX_BITS = 2 ** 21;

/**
 * Indices of `entries` ordered by (time, index). When every time is a whole
 * number of seconds below 2^31 (shift starts and ends, breaks, closing: the
 * usual case), the pair packs exactly into one double, time × 2^21 + index, and
 * a native numeric sort does it; otherwise a comparator sort of the indices.
 */
function sortedOrder(entries: readonly { time: number }[]): Int32Array {
  const n = entries.length;
  const order = new Int32Array(n);
  let packable = n <= INDEX_BITS;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const t = entries[i].time;
    order[i] = i;
    if (!(t >= 0 && t < 2 ** 31 && Math.floor(t) === t)) packable = false;
    if (t !== t || (i > 0 && !(t >= entries[i - 1].time))) sorted = false;
  }
  if (sorted) return order; // already in (time, index) order
  if (packable) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = entries[i].time * INDEX_BITS + i;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k] % INDEX_BITS;
    return order;
  }
  // The comparator of the original object sort, on the same initial order: the same result.
  return Int32Array.from(Array.from(order).sort((x, y) => entries[x].time - entries[y].time || x - y));
}

