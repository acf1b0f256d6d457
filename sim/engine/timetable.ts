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
    const sorted = entries.map((e, i) => ({ ...e, i })).sort((x, y) => x.time - y.time || x.i - y.i);
    this.time = Float64Array.from(sorted, (e) => e.time);
    this.kind = Uint8Array.from(sorted, (e) => e.kind);
    this.a = Int32Array.from(sorted, (e) => e.a);
    this.b = Int32Array.from(sorted, (e) => e.b);
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
