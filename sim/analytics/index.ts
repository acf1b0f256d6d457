/** Queueing analytics: Erlang B, C and A, and staffing. Pure functions, float64. */
export { erlangB, erlangBBlocking, offeredLoadErlangs, type ErlangBResult } from './erlangB';
export {
  DEFAULT_THRESHOLD_SECONDS,
  erlangC,
  erlangCProbability,
  type ErlangCResult,
  type QueueInput,
} from './erlangC';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlangA';
export {
  DEFAULT_MAX_AGENTS,
  requiredAgents,
  requiredAgentsForBlocking,
  type StaffingInput,
} from './staffing';
