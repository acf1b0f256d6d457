/**
 * Skills-based routing, as the two questions of ContactCenters:
 *  - which adviser for this contact? → a chatting adviser with room (for chat and
 *    messaging: keeps free advisers for calls), else the longest-idle adviser with
 *    the skill at the proficiency the contact's wait allows (skill tiers widen);
 *  - which waiting contact for this free adviser? → following the adviser's
 *    routing profile, then queue priority, the oldest waiting contact.
 * Blending rules hold a queue back while another is long (e.g. emails while
 * voice waits). Waiting contacts and idle advisers are FIFO rings with lazy
 * removal: a stale entry is skipped, never searched for.
 *
 * Idle advisers are kept per channel too, each ring the advisers skilled for it
 * in the order they became available, so that finding an adviser for a channel
 * does not step over every idle adviser of other skills. The ring of all idle
 * advisers remains the order of record: a channel's ring is rebuilt from it when
 * skills change. With one channel the two are the same ring.
 */
import { S as machineStates } from '../model/adviserMachine';
import type { AdviserStore } from '../model/advisers';
import { minProficiencyAfter, type ChannelRuntime } from '../model/channelRuntime';
import { ContactState as contactStates, type ContactStore } from '../model/contacts';
import { IntRing } from '../util/intRing';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const S = { ...machineStates };
const ContactState = { ...contactStates };

/** A routing profile entry wins over queue priority; unlisted channels come after. */
const UNLISTED = 100;

export class Router {
  /** Per channel: waiting contact slots, tagged with the contact's serial. */
  readonly queues: IntRing[];
  readonly waiting: Int32Array;
  /** Idle advisers in the order they became available, tagged with their idle token. */
  private readonly idle = new IntRing(64);
  /** Per channel: the idle advisers skilled for it (proficiency > 0 when they became idle), same order and tags. */
  private readonly idleByChannel: IntRing[];
  /** Skills changed: the per-channel rings must be rebuilt from `idle` before use. */
  private idleStale = false;
  /** Contacts waiting over all channels (the sum of `waiting`). */
  private waitingTotal = 0;
  /** Per adviser: skilled channels in routing order, and each one's effective priority. */
  private order: Int32Array[] = [];
  private orderPriority: Int32Array[] = [];
  /** Advisers holding concurrent conversations (chat, messaging), with room or not. */
  private readonly chatting: number[] = [];
  /** Per adviser: 1 while in `chatting`. */
  private readonly isChatting: Uint8Array;

  constructor(
    private readonly channels: readonly ChannelRuntime[],
    private readonly advisers: AdviserStore,
    private readonly contacts: ContactStore,
  ) {
    this.queues = channels.map(() => new IntRing(64));
    this.waiting = new Int32Array(channels.length);
    this.isChatting = new Uint8Array(advisers.count);
    this.idleByChannel = channels.length === 1 ? [this.idle] : channels.map(() => new IntRing(64));
    for (let a = 0; a < advisers.count; a++) this.refreshProfile(a);
  }

  /** Recomputes an adviser's routing order (after a change of skills or profile). */
  refreshProfile(adviser: number): void {
    const skills = this.advisers.skills[adviser];
    const profile = this.advisers.routingProfile[adviser];
    const effective = (c: ChannelRuntime) => profile[c.id] ?? UNLISTED + c.priority;
    const list = this.channels.filter((c) => skills[c.index] > 0).sort((x, y) => effective(x) - effective(y) || x.index - y.index);
    this.order[adviser] = Int32Array.from(list, (c) => c.index);
    this.orderPriority[adviser] = Int32Array.from(list, effective);
    if (this.channels.length > 1) this.idleStale = true;
  }

  /** Rebuilds the per-channel idle rings from the ring of all idle advisers (after a change of skills). */
  private rebuildIdleByChannel(): void {
    this.idleStale = false;
    const ring = this.idle;
    for (let c = 0; c < this.channels.length; c++) {
      const byChannel = this.idleByChannel[c];
      byChannel.clear();
      for (let i = 0; i < ring.length; i++) {
        const adviser = ring.itemAt(i);
        const token = ring.tagAt(i);
        if (this.isIdle(adviser, token) && this.advisers.skills[adviser][c] > 0) byChannel.push(adviser, token);
      }
    }
  }

  private isIdle(adviser: number, token: number): boolean {
    return this.advisers.state[adviser] === S.available && this.advisers.idleToken[adviser] === token;
  }

  private isWaiting(slot: number, serial: number): boolean {
    return this.contacts.state[slot] === ContactState.waiting && this.contacts.serial[slot] === serial;
  }

  /** Blending: may this channel's contacts be routed now? */
  open(channel: number): boolean {
    const ch = this.channels[channel];
    return ch.blendChannel < 0 || this.waiting[ch.blendChannel] < ch.blendBelow;
  }

  markIdle(adviser: number): void {
    const token = this.advisers.idleToken[adviser];
    const limit = 2 * this.advisers.count + 64;
    this.idle.push(adviser, token);
    if (this.idle.length > limit) this.idle.compact((a, t) => this.isIdle(a, t));
    if (this.channels.length === 1 || this.idleStale) return; // one ring; or rebuilt from `idle` before use
    const skills = this.advisers.skills[adviser];
    for (let c = 0; c < skills.length; c++) {
      if (!(skills[c] > 0)) continue;
      const ring = this.idleByChannel[c];
      ring.push(adviser, token);
      if (ring.length > limit) ring.compact((a, t) => this.isIdle(a, t));
    }
  }

  /**
   * An adviser for a contact of `channel` that has waited `wait` seconds: a
   * chatting adviser with room for a concurrent channel, else the longest-idle
   * adviser with enough proficiency (removed from the idle pool); -1 if none.
   */
  findAdviser(channel: number, wait: number, now: number): number {
    const ch = this.channels[channel];
    let min = 0;
    const drain = ch.drainSeconds;
    if (!ch.simpleRouting) {
      if (!this.open(channel)) return -1;
      min = minProficiencyAfter(ch, wait);
      if (ch.concurrent) {
        const a = this.leastLoadedChatter(channel, min, now);
        if (a >= 0) return a;
      }
    }
    if (this.idleStale) this.rebuildIdleByChannel();
    // Entries taken through another channel's ring are stale here (no longer available): skipped as before.
    const ring = this.idleByChannel[channel];
    for (let i = 0; i < ring.length; i++) {
      const adviser = ring.itemAt(i);
      if (!this.isIdle(adviser, ring.tagAt(i))) {
        if (i === 0) {
          ring.shift();
          i--;
        }
        continue;
      }
      const p = this.advisers.skills[adviser][channel];
      if (p > 0 && p >= min && !(drain > 0 && this.advisers.breakDueAt[adviser] - now < drain)) {
        if (i === 0) ring.shift();
        else ring.removeAt(i);
        return adviser;
      }
    }
    return -1;
  }

  private leastLoadedChatter(channel: number, min: number, now: number): number {
    const advisers = this.advisers;
    const ch = this.channels[channel];
    const drain = ch.drainSeconds;
    const list = this.chatting;
    const skills = advisers.skills;
    const contact = advisers.contact;
    const state = advisers.state;
    const concurrent = advisers.concurrent;
    let best = -1;
    let bestLoad = Infinity;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const p = skills[a][channel];
      if (!(p > 0 && p >= min) || contact[a] >= 0 || state[a] !== S.talking) continue;
      // A break, an activity or the end of the shift is waiting: no new conversation, let the current ones end.
      if (advisers.pending[a] !== 0 || advisers.shiftOver[a] || advisers.breakDueAt[a] - now < drain) continue;
      const limit = advisers.concurrencyLimit(a, ch);
      const held = concurrent[a];
      if (limit - held <= 0) continue; // no room
      const load = held / limit;
      if (load < bestLoad) {
        best = a;
        bestLoad = load;
      }
    }
    return best;
  }

  /** Keeps the list of advisers with concurrent conversations up to date (in the order they started holding). */
  concurrencyChanged(adviser: number): void {
    const holds = this.advisers.concurrent[adviser] > 0;
    if (holds === (this.isChatting[adviser] === 1)) return; // no change of membership
    if (holds) {
      this.chatting.push(adviser);
      this.isChatting[adviser] = 1;
    } else {
      this.chatting.splice(this.chatting.indexOf(adviser), 1);
      this.isChatting[adviser] = 0;
    }
  }

  enqueue(slot: number): void {
    const channel = this.contacts.channel[slot];
    this.queues[channel].push(slot, this.contacts.serial[slot]);
    this.waiting[channel]++;
    this.waitingTotal++;
  }

  /** Called when a waiting contact leaves other than by `takeContact` (abandon, overflow, widening). */
  dequeued(channel: number): void {
    this.waiting[channel]--;
    this.waitingTotal--;
    const q = this.queues[channel];
    if (q.length > 2 * this.waiting[channel] + 64) q.compact((s, serial) => this.isWaiting(s, serial));
  }

  /** Calls `visit` with each contact still waiting in a channel's queue, oldest first. */
  forEachWaiting(channel: number, visit: (slot: number) => void): void {
    const q = this.queues[channel];
    for (let i = 0; i < q.length; i++) {
      const slot = q.itemAt(i);
      if (this.isWaiting(slot, q.tagAt(i))) visit(slot);
    }
  }

  /** Advisers logged in (not offline or absent) with the skill for a channel: can anyone serve it? */
  staffed(channel: number): number {
    return this.advisers.staffed(channel); // counted once per change of staffing
  }

  /** Oldest contact still waiting in a channel's queue, or −1; a pure read (snapshots), unlike head(). */
  peekHead(channel: number): number {
    const q = this.queues[channel];
    for (let i = 0; i < q.length; i++) {
      const slot = q.itemAt(i);
      if (this.isWaiting(slot, q.tagAt(i))) return slot;
    }
    return -1;
  }

  /** The earliest due time among a channel's waiting contacts (Infinity when none has one), and how many are past `now`. A pure read. */
  dueOf(channel: number, now: number, out: { earliest: number; overdue: number }): void {
    const q = this.queues[channel];
    [out.earliest, out.overdue] = [Infinity, 0];
    for (let i = 0; i < q.length; i++) {
      const slot = q.itemAt(i);
      if (!this.isWaiting(slot, q.tagAt(i))) continue;
      out.earliest = Math.min(out.earliest, this.contacts.due[slot]);
      if (this.contacts.due[slot] < now) out.overdue++;
    }
  }

  /** Oldest live head of a channel's queue, dropping stale entries; -1 when empty. */
  head(channel: number): number {
    const q = this.queues[channel];
    while (q.length > 0) {
      const slot = q.itemAt(0);
      if (this.isWaiting(slot, q.tagAt(0))) return slot;
      q.shift();
    }
    return -1;
  }

  /**
   * The waiting contact a free adviser should take, removed from its queue; -1
   * if none. `concurrentOnly`: the adviser already holds conversations and can
   * take only another chat or message (within each channel's limit).
   */
  takeContact(adviser: number, now: number, concurrentOnly = false): number {
    if (this.waitingTotal === 0) return -1; // nothing waiting anywhere (the loop below would find nothing)
    const order = this.order[adviser];
    const priority = this.orderPriority[adviser];
    const skills = this.advisers.skills[adviser];
    const contacts = this.contacts;
    let best = -1;
    let bestChannel = -1;
    let bestPriority = Infinity;
    for (let k = 0; k < order.length; k++) {
      const c = order[k];
      if (priority[k] > bestPriority) break; // ordered: nothing better follows
      if (this.waiting[c] === 0) continue;
      const ch = this.channels[c];
      if (!ch.simpleRouting && !this.open(c)) continue;
      if (ch.drainSeconds > 0 && this.advisers.breakDueAt[adviser] - now < ch.drainSeconds) continue; // a break is near
      if (concurrentOnly && (!ch.concurrent || this.advisers.concurrent[adviser] >= this.advisers.concurrencyLimit(adviser, ch))) continue;
      const slot = this.head(c);
      if (slot < 0 || (!ch.simpleRouting && skills[c] < minProficiencyAfter(ch, now - contacts.arrival[slot]))) continue;
      if (best < 0 || contacts.arrival[slot] < contacts.arrival[best]) {
        best = slot;
        bestChannel = c;
        bestPriority = priority[k];
      }
    }
    if (best >= 0) {
      this.queues[bestChannel].shift();
      this.waiting[bestChannel]--;
      this.waitingTotal--;
    }
    return best;
  }
}
