/**
 * The supervisor is one person: listening in, whispering, barging, taking a
 * call over, coaching or running a briefing occupies them until a known time,
 * and any other action that needs them is refused meanwhile (with when they
 * will be free), so the user has to prioritise.
 */
import type { SupervisorSnapshot } from '../snapshot';
import type { AdviserPlan } from './team';

export type SupervisorState = SupervisorSnapshot['state'];

export class Supervisor {
  state: SupervisorState = 'available';
  adviser = -1;
  /** Simulated time they are free again (Infinity: until an adviser frees them, e.g. coaching not started). */
  until = 0;
  /** Identifies the current occupation, so a stale "free" event is ignored. */
  token = 0;
  private cached: SupervisorSnapshot | null = null;

  busy(now: number): boolean {
    return this.state !== 'available' && now < this.until;
  }

  /** Occupies the supervisor; returns the token the engine's "free" event must carry. */
  occupy(state: SupervisorState, adviser: number, until: number): number {
    this.state = state;
    this.adviser = adviser;
    this.until = until;
    this.cached = null;
    return ++this.token;
  }

  release(token: number): boolean {
    if (token !== this.token || this.state === 'available') return false;
    this.state = 'available';
    this.adviser = -1;
    this.until = 0;
    this.cached = null;
    return true;
  }

  snapshot(plans: readonly AdviserPlan[]): SupervisorSnapshot {
    if (this.cached === null) {
      this.cached = this.state === 'available'
        ? { state: 'available', adviserId: null, until: null }
        : { state: this.state, adviserId: this.adviser >= 0 ? plans[this.adviser].id : null, until: Number.isFinite(this.until) ? this.until : null };
    }
    return this.cached;
  }
}
