/**
 * The future-event list: a binary min-heap keyed on (time, sequence), so events
 * at the same time run in the order they were scheduled (reproducible runs, as
 * in SimPy). Storage is typed arrays that grow by doubling; scheduling and
 * popping allocate nothing. An event is a small record (kind, a, b) of integers
 * that the simulation interprets.
 *
 * Cancellation (e.g. an abandon timer when the customer is answered) is O(1):
 * `cancel(handle)` marks the slot dead and `pop` discards it when it surfaces,
 * so nothing is ever scanned. A handle carries the slot's generation, so a
 * stale handle to a reused slot cancels nothing.
 */

const GENERATION_FACTOR = 2 ** 24; // slots < 16.7 M live events; generations up to 2^29

export type EventHandle = number;

export class EventQueue {
  // Heap of slot indices, ordered by (slotTime, slotSeq).
  private heap: Int32Array;
  private heapSize = 0;
  // Per-slot event data.
  private slotTime: Float64Array;
  private slotSeq: Float64Array;
  private slotKind: Uint8Array;
  private slotA: Int32Array;
  private slotB: Int32Array;
  private slotGen: Uint32Array;
  private slotLive: Uint8Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private slotCount = 0;
  private seq = 0;
  private liveCount = 0;

  /** The event last returned by `pop()`. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.heap = new Int32Array(n);
    this.slotTime = new Float64Array(n);
    this.slotSeq = new Float64Array(n);
    this.slotKind = new Uint8Array(n);
    this.slotA = new Int32Array(n);
    this.slotB = new Int32Array(n);
    this.slotGen = new Uint32Array(n);
    this.slotLive = new Uint8Array(n);
    this.freeSlots = new Int32Array(n);
  }

  /** Number of scheduled, not cancelled, events. */
  get size(): number {
    return this.liveCount;
  }

  /** Time of the next live event, or Infinity when none. */
  peekTime(): number {
    this.dropDeadTop();
    return this.heapSize === 0 ? Infinity : this.slotTime[this.heap[0]];
  }

  schedule(time: number, kind: number, a = 0, b = 0): EventHandle {
    if (!(time >= 0)) throw new RangeError(`event time must be a non-negative number, got ${time}`);
    const slot = this.allocateSlot();
    this.slotTime[slot] = time;
    this.slotSeq[slot] = this.seq++;
    this.slotKind[slot] = kind;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    this.slotLive[slot] = 1;
    this.liveCount++;
    this.siftUp(this.heapSize++, slot);
    return slot + this.slotGen[slot] * GENERATION_FACTOR;
  }

  /** Cancels a scheduled event; returns false if it already ran or was cancelled. */
  cancel(handle: EventHandle): boolean {
    const slot = handle % GENERATION_FACTOR;
    const gen = (handle - slot) / GENERATION_FACTOR;
    if (slot >= this.slotCount || this.slotGen[slot] !== gen || this.slotLive[slot] === 0) return false;
    this.slotLive[slot] = 0;
    this.liveCount--;
    return true;
  }

  /** Removes the earliest live event into (time, kind, a, b); false when empty. */
  pop(): boolean {
    this.dropDeadTop();
    if (this.heapSize === 0) return false;
    const slot = this.removeTop();
    this.time = this.slotTime[slot];
    this.kind = this.slotKind[slot];
    this.a = this.slotA[slot];
    this.b = this.slotB[slot];
    this.slotLive[slot] = 0;
    this.liveCount--;
    this.releaseSlot(slot);
    return true;
  }

  private dropDeadTop(): void {
    while (this.heapSize > 0 && this.slotLive[this.heap[0]] === 0) {
      this.releaseSlot(this.removeTop());
    }
  }

  private removeTop(): number {
    const top = this.heap[0];
    const last = this.heap[--this.heapSize];
    if (this.heapSize > 0) this.siftDown(0, last);
    return top;
  }

  private before(x: number, y: number): boolean {
    const tx = this.slotTime[x];
    const ty = this.slotTime[y];
    return tx < ty || (tx === ty && this.slotSeq[x] < this.slotSeq[y]);
  }

  private siftUp(position: number, slot: number): void {
    const heap = this.heap;
    let i = position;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!this.before(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(position: number, slot: number): void {
    const heap = this.heap;
    const n = this.heapSize;
    let i = position;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(heap[child + 1], heap[child])) child++;
      if (!this.before(heap[child], slot)) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = slot;
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.slotTime.length) this.grow();
    return this.slotCount++;
  }

  private releaseSlot(slot: number): void {
    this.slotGen[slot] = (this.slotGen[slot] + 1) % 2 ** 29;
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(): void {
    const n = this.slotTime.length * 2;
    if (n > GENERATION_FACTOR) throw new RangeError('event queue: more than 16.7 million pending events');
    const growTo = <T extends Float64Array | Int32Array | Uint8Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.heap = growTo(this.heap);
    this.slotTime = growTo(this.slotTime);
    this.slotSeq = growTo(this.slotSeq);
    this.slotKind = growTo(this.slotKind);
    this.slotA = growTo(this.slotA);
    this.slotB = growTo(this.slotB);
    this.slotGen = growTo(this.slotGen);
    this.slotLive = growTo(this.slotLive);
    this.freeSlots = growTo(this.freeSlots);
  }
}
