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

import { grown } from '../util/growable';

const SLOT_RANGE = 2 ** 24; // slots < 16.7 M live events; generations up to 2^29
const MAX_SEQUENCE = 2 ** 29;
const INITIAL_CAP = 256;

export type EventHandle = number;

/**
 * The slot in a key or handle (x = high × 2^24 + slot, an integer < 2^53).
 * `&` takes the low 32 bits of the integer exactly (ToInt32), in one
 * instruction; float `%` would be a slow library call.
 */
function slotOf(x: number): number {
  return x & (SLOT_RANGE - 1);
}

// The errors are thrown out of line, so that `schedule` stays small enough to inline at its call sites.
function badTime(time: number): never {
  throw new RangeError(`event time must be a non-negative number, got ${time}`);
}
function tooManyEvents(): never {
  throw new RangeError('event queue: more than 2^29 events scheduled in one run');
}

export class EventQueue {
  // The heap proper, by heap position so comparisons stay in cache: the time,
  // and a tie-break key = sequence × 2^24 + slot (exact in float64 for 2^29
  // events), which orders same-time events by insertion and locates their data.
  private heapTime: Float64Array;
  private heapKey: Float64Array;
  private heapSize = 0;
  // Per-slot event data.
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
  /** Cancelled events still in the heap: while 0, nothing needs checking on pop. */
  private deadInHeap = 0;

  /** The event last returned by `pop()`. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  /**
   * `initialCapacity`: a hint, capped at INITIAL_CAP: the storage doubles as
   * needed, and a small day never pays for zeroing a large one (slots, handles
   * and the order of events do not depend on the capacity).
   */
  constructor(initialCapacity = 1024) {
    const n = Math.max(16, Math.min(initialCapacity, INITIAL_CAP));
    this.heapTime = new Float64Array(n);
    this.heapKey = new Float64Array(n);
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
    return this.heapSize === 0 ? Infinity : this.heapTime[0];
  }

  schedule(time: number, kind: number, a = 0, b = 0): EventHandle {
    if (!(time >= 0)) badTime(time);
    const slot = this.allocateSlot();
    this.slotKind[slot] = kind;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    this.slotLive[slot] = 1;
    this.liveCount++;
    if (this.seq >= MAX_SEQUENCE) tooManyEvents();
    this.siftUp(this.heapSize++, time, this.seq++ * SLOT_RANGE + slot);
    return slot + this.slotGen[slot] * SLOT_RANGE;
  }

  /** Cancels a scheduled event; returns false if it already ran or was cancelled. */
  cancel(handle: EventHandle): boolean {
    const slot = slotOf(handle);
    const gen = (handle - slot) / SLOT_RANGE;
    if (slot >= this.slotCount || this.slotGen[slot] !== gen || this.slotLive[slot] === 0) return false;
    this.slotLive[slot] = 0;
    this.liveCount--;
    this.deadInHeap++;
    return true;
  }

  /** Removes the earliest live event into (time, kind, a, b); false when empty. */
  pop(): boolean {
    return this.popUntil(Infinity);
  }

  /**
   * Pops the top event, which the caller has just seen live through peekTime()
   * (the run loop's fast path: no second dead-event check).
   */
  popPeeked(): void {
    const slot = slotOf(this.heapKey[0]);
    this.time = this.heapTime[0];
    this.removeTop();
    this.kind = this.slotKind[slot];
    this.a = this.slotA[slot];
    this.b = this.slotB[slot];
    this.slotLive[slot] = 0;
    this.liveCount--;
    this.releaseSlot(slot);
  }

  /** Like pop(), but only if the earliest live event is at or before `limit`. */
  popUntil(limit: number): boolean {
    this.dropDeadTop();
    if (this.heapSize === 0 || this.heapTime[0] > limit) return false;
    this.popPeeked();
    return true;
  }

  private dropDeadTop(): void {
    while (this.deadInHeap > 0 && this.heapSize > 0 && this.slotLive[slotOf(this.heapKey[0])] === 0) {
      const slot = slotOf(this.heapKey[0]);
      this.removeTop();
      this.releaseSlot(slot);
      this.deadInHeap--;
    }
  }

  private removeTop(): void {
    const last = --this.heapSize;
    if (last > 0) this.siftDown(this.heapTime[last], this.heapKey[last]);
  }

  private siftUp(position: number, time: number, key: number): void {
    const ht = this.heapTime;
    const hk = this.heapKey;
    let i = position;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = ht[parent];
      if (pt < time || (pt === time && hk[parent] < key)) break;
      ht[i] = pt;
      hk[i] = hk[parent];
      i = parent;
    }
    ht[i] = time;
    hk[i] = key;
  }

  /**
   * Places (time, key) from the root down, in a heap of `heapSize` entries.
   * Bottom-up (Floyd): the hole goes down to a leaf along the smaller children,
   * one comparison a level, then (time, key), which came from the bottom and
   * mostly belongs there, rises to its place. Keys are unique, so the order of
   * pops is the same as with any other correct heap.
   */
  private siftDown(time: number, key: number): void {
    const ht = this.heapTime;
    const hk = this.heapKey;
    const n = this.heapSize;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (ht[right] < ht[child] || (ht[right] === ht[child] && hk[right] < hk[child]))) child = right;
      ht[i] = ht[child];
      hk[i] = hk[child];
      i = child;
    }
    this.siftUp(i, time, key);
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.slotKind.length) this.grow();
    return this.slotCount++;
  }

  private releaseSlot(slot: number): void {
    this.slotGen[slot] = (this.slotGen[slot] + 1) & (MAX_SEQUENCE - 1); // generations wrap at 2^29
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(): void {
    const n = this.slotKind.length * 2;
    if (n > SLOT_RANGE) throw new RangeError('event queue: more than 16.7 million pending events');
    this.heapTime = grown(this.heapTime, n);
    this.heapKey = grown(this.heapKey, n);
    this.slotKind = grown(this.slotKind, n);
    this.slotA = grown(this.slotA, n);
    this.slotB = grown(this.slotB, n);
    this.slotGen = grown(this.slotGen, n);
    this.slotLive = grown(this.slotLive, n);
    this.freeSlots = grown(this.freeSlots, n);
  }
}
