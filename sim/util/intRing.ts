/**
 * A growable ring buffer of integers, used for FIFO queues of contact slots and
 * of idle advisers. Entries can go stale (an abandoned contact, an adviser who
 * left `available`); owners skip them with a validity check, which keeps
 * removal O(1) instead of scanning.
 */
export class IntRing {
  private items: Int32Array;
  private tags: Float64Array;
  private head = 0;
  private count = 0;
  /** Capacity − 1: the capacity is a power of two, so a position wraps with `&`, not an integer division. */
  private mask: number;

  constructor(capacity = 64) {
    let n = 1;
    while (n < capacity) n *= 2;
    this.items = new Int32Array(n);
    this.tags = new Float64Array(n);
    this.mask = n - 1;
  }

  get length(): number {
    return this.count;
  }

  push(item: number, tag: number): void {
    if (this.count === this.items.length) this.grow();
    const i = (this.head + this.count) & this.mask;
    this.items[i] = item;
    this.tags[i] = tag;
    this.count++;
  }

  /** i-th entry from the head (0 = oldest). */
  itemAt(i: number): number {
    return this.items[(this.head + i) & this.mask];
  }

  tagAt(i: number): number {
    return this.tags[(this.head + i) & this.mask];
  }

  /** Empties the ring. */
  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  shift(): void {
    this.head = (this.head + 1) & this.mask;
    this.count--;
  }

  /** Keeps only the entries for which `keep(item, tag)` is true, in order. */
  compact(keep: (item: number, tag: number) => boolean): void {
    let w = 0;
    const n = this.count;
    const mask = this.mask;
    for (let r = 0; r < n; r++) {
      const i = (this.head + r) & mask;
      const item = this.items[i];
      const tag = this.tags[i];
      if (keep(item, tag)) {
        const j = (this.head + w) & mask;
        this.items[j] = item;
        this.tags[j] = tag;
        w++;
      }
    }
    this.count = w;
  }

  /** Removes the i-th entry from the head, keeping order (O(n); rare). */
  removeAt(i: number): void {
    const mask = this.mask;
    for (let k = i; k < this.count - 1; k++) {
      const to = (this.head + k) & mask;
      const from = (this.head + k + 1) & mask;
      this.items[to] = this.items[from];
      this.tags[to] = this.tags[from];
    }
    this.count--;
  }

  private grow(): void {
    const n = this.items.length * 2;
    const items = new Int32Array(n);
    const tags = new Float64Array(n);
    for (let k = 0; k < this.count; k++) {
      const i = (this.head + k) & this.mask;
      items[k] = this.items[i];
      tags[k] = this.tags[i];
    }
    this.items = items;
    this.tags = tags;
    this.mask = n - 1;
    this.head = 0;
  }
}
