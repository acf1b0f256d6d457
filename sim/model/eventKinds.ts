/** Kinds of events on the queue (a, b: integers whose meaning each kind states). */
export const Ev = {
  /** a: channel. */
  arrival: 1,
  /** a: contact slot. */
  abandon: 2,
  /** a: adviser. */
  holdStart: 3,
  holdEnd: 4,
  talkEnd: 5,
  wrapEnd: 6,
  shiftStart: 7,
  shiftEnd: 8,
  /** a: adviser, b: index of the planned break. */
  breakDue: 9,
  /** a: adviser, b: activity token. */
  activityEnd: 10,
  /** Arrivals have stopped: contacts nobody can answer any more are lost. */
  close: 11,
  /** a: contact slot (chat, messaging conversation ends). */
  concurrentEnd: 12,
  /** a: contact slot, b: serial (estimated-wait announcement). */
  announcement: 13,
  /** a: contact slot, b: serial (the contact reaches the next skill tier). */
  widen: 14,
  /** a: contact slot × 64 + overflow group, b: serial. */
  overflowDue: 15,
  /** a: overflow group, b: contact slot. */
  externalEnd: 16,
  /** a: adviser (the dialled consumer answers, or not). */
  dialerConnect: 17,
  /** a: channel (outbound: calling hours open, or a retry comes due). */
  dialerWake: 18,
  /** a: channel, b: origin (a retrial or a repeat contact arrives). */
  contactReturn: 19,
  /** a: adviser, b: serial (a difficult contact: the adviser raises a hand). */
  raiseHand: 20,
  /** a: adviser, b: serial (the raised hand's budget runs out). */
  handDeadline: 21,
  /** b: supervisor token (the supervisor is free again). */
  supervisorFree: 22,
  /** a: scenario event instance, b: 0 start / 1 end. */
  scenarioEvent: 23,
  /** a: scenario event instance, b: channel (an extra contact about an incident). */
  incidentArrival: 24,
  /** a: adviser (a called-in adviser arrives). */
  calledInArrival: 25,
  /** After closing: is the day's work over (nobody on the floor or due, nothing being served)? */
  dayOverCheck: 26,
  /** a: index of the request (the floor manager answers it). */
  managerAnswer: 27,
  /** a: planned channel assignment (planChannel), b: 0 start / 1 end. */
  channelPlan: 28,
} as const;

/** Serial numbers as event payloads (int32): 2^31 contacts per run is far beyond any day. */
export const serialTag = (serial: number): number => serial % 2147483648;
