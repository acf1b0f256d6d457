/**
 * Contacts in the system, stored as a struct of arrays. A slot is reused once
 * its contact is done (handled or abandoned), so memory follows the number of
 * contacts *in the system*, not the number generated: a million-customer run
 * needs no more than a busy hour.
 *
 * A contact's intrinsic attributes (arrival, work content, patience) are drawn
 * once, when it is generated, from its channel's own streams: supervisor
 * commands never change who calls or what they need (common random numbers).
 */
import { ArraySlab, grown } from '../util/growable';

export const ContactState = { free: 0, waiting: 1, inService: 2 } as const;

/** Contact flag bits. */
export const Flag = { incident: 1, difficult: 2, vip: 4, handUnanswered: 8, supported: 16 } as const;

/** Where a contact came from. */
export const Origin = { new: 0, retrial: 1, repeat: 2, callback: 3, outbound: 4, carriedIn: 5 } as const;

export class ContactStore {
  capacity: number;
  /** Sequential id, unique over the run (slots are reused, ids are not). */
  serial: Float64Array;
  channel: Int32Array;
  state: Uint8Array;
  arrival: Float64Array;
  talk: Float64Array;
  hold: Float64Array;
  wrapUp: Float64Array;
  patience: Float64Array;
  answeredAt: Float64Array;
  adviser: Int32Array;
  /** KPI offsets into the counters' values (see KpiRecorder.arrived): interval row, and total row or −1 in warm-up. */
  kpiRow: Int32Array;
  kpiTotal: Int32Array;
  origin: Uint8Array;
  /** Due time (email, callback), Infinity when none. */
  due: Float64Array;
  /** Messaging: customer idle gaps between exchanges, in total (s). */
  gap: Float64Array;
  /** Uniform draws fixed at generation, deciding later behaviour (common random numbers). */
  uRetrial: Float64Array;
  uResolved: Float64Array;
  uCallback: Float64Array;
  uDeflect: Float64Array;
  /** Realistic mode: the contact's own variation on the quality grid (its own stream, so the IVR does not bias it). */
  uGrade: Float64Array;
  /** The satisfaction survey: whether the customer answers (against the response rate) and their noise (see kpi/csat.ts). */
  uRespond: Float64Array;
  uSurvey: Float64Array;
  /** Bits: Flag.incident, Flag.difficult, Flag.vip, Flag.handUnanswered, Flag.supported. */
  flags: Uint8Array;
  /** Outbound: index of the call-list record; overflow: group index. */
  ref: Int32Array;
  /** Contacts by state, for the conservation invariant. */
  waitingCount = 0;
  inServiceCount = 0;
  /** Queue event handle of the pending abandon, or -1. */
  abandonHandle: Float64Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;
  private nextSerial = 1;
  inSystem = 0;

  /** `initialCapacity`: a hint, capped at 256 (the store doubles as needed; slot numbers do not depend on it). */
  constructor(initialCapacity = 256) {
    initialCapacity = Math.max(1, Math.min(initialCapacity, 256));
    this.capacity = initialCapacity;
    const slab = new ArraySlab(initialCapacity, 26);
    this.serial = slab.f64(initialCapacity);
    this.channel = slab.i32(initialCapacity);
    this.state = slab.u8(initialCapacity);
    this.arrival = slab.f64(initialCapacity);
    this.talk = slab.f64(initialCapacity);
    this.hold = slab.f64(initialCapacity);
    this.wrapUp = slab.f64(initialCapacity);
    this.patience = slab.f64(initialCapacity);
    this.answeredAt = slab.f64(initialCapacity);
    this.adviser = slab.i32(initialCapacity);
    this.kpiRow = slab.i32(initialCapacity);
    this.kpiTotal = slab.i32(initialCapacity);
    this.origin = slab.u8(initialCapacity);
    this.due = slab.f64(initialCapacity);
    this.gap = slab.f64(initialCapacity);
    this.uRetrial = slab.f64(initialCapacity);
    this.uResolved = slab.f64(initialCapacity);
    this.uCallback = slab.f64(initialCapacity);
    this.uDeflect = slab.f64(initialCapacity);
    this.uGrade = slab.f64(initialCapacity);
    this.uRespond = slab.f64(initialCapacity);
    this.uSurvey = slab.f64(initialCapacity);
    this.ref = slab.i32(initialCapacity);
    this.flags = slab.u8(initialCapacity);
    this.abandonHandle = slab.f64(initialCapacity);
    this.free = slab.i32(initialCapacity);
  }

  /** Total contacts ever generated. */
  get generated(): number {
    return this.nextSerial - 1;
  }

  allocate(): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount];
    else {
      if (this.used === this.capacity) this.grow();
      slot = this.used++;
    }
    this.serial[slot] = this.nextSerial++;
    this.adviser[slot] = -1;
    this.abandonHandle[slot] = -1;
    this.answeredAt[slot] = -1;
    this.flags[slot] = 0;
    // Other fields (origin, due, draws, …) are written by whoever creates the contact.
    this.inSystem++;
    return slot;
  }

  /** Moves a contact between waiting / in service / free, keeping the counts. */
  setState(slot: number, state: number): void {
    const from = this.state[slot];
    if (from === ContactState.waiting) this.waitingCount--;
    else if (from === ContactState.inService) this.inServiceCount--;
    if (state === ContactState.waiting) this.waitingCount++;
    else if (state === ContactState.inService) this.inServiceCount++;
    this.state[slot] = state;
  }

  release(slot: number): void {
    this.setState(slot, ContactState.free);
    this.free[this.freeCount++] = slot;
    this.inSystem--;
  }

  private grow(): void {
    const n = this.capacity * 2;
    this.serial = grown(this.serial, n);
    this.channel = grown(this.channel, n);
    this.state = grown(this.state, n);
    this.arrival = grown(this.arrival, n);
    this.talk = grown(this.talk, n);
    this.hold = grown(this.hold, n);
    this.wrapUp = grown(this.wrapUp, n);
    this.patience = grown(this.patience, n);
    this.answeredAt = grown(this.answeredAt, n);
    this.adviser = grown(this.adviser, n);
    this.kpiRow = grown(this.kpiRow, n);
    this.kpiTotal = grown(this.kpiTotal, n);
    this.origin = grown(this.origin, n);
    this.due = grown(this.due, n);
    this.gap = grown(this.gap, n);
    this.uRetrial = grown(this.uRetrial, n);
    this.uResolved = grown(this.uResolved, n);
    this.uCallback = grown(this.uCallback, n);
    this.uDeflect = grown(this.uDeflect, n);
    this.uGrade = grown(this.uGrade, n);
    this.uRespond = grown(this.uRespond, n);
    this.uSurvey = grown(this.uSurvey, n);
    this.ref = grown(this.ref, n);
    this.flags = grown(this.flags, n);
    this.abandonHandle = grown(this.abandonHandle, n);
    this.free = grown(this.free, n);
    this.capacity = n;
  }
}
