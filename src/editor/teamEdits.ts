/**
 * Team and event edits on the raw scenario document. Each returns a new
 * document; the advisers' and events' fields the form does not show
 * (breaks, routing profiles, labels…) are kept.
 */
import { appendAt, getAt, isObject, removeAt, setAt, type Json, type JsonObject } from './docPath';

/** The explicit adviser list, or null when the team is generated (or unreadable). */
export function advisersOf(doc: Json): readonly JsonObject[] | null {
  const list = getAt(doc, ['team', 'advisers']);
  return Array.isArray(list) ? list.filter(isObject) : null;
}

/** Channel ids of the document, in order (unreadable entries skipped). */
export function channelIds(doc: Json): string[] {
  const list = getAt(doc, ['channels']);
  return Array.isArray(list) ? list.flatMap((c) => (isObject(c) && typeof c.id === 'string' ? [c.id] : [])) : [];
}

/** The first id "a01", "a02"… not taken (three digits from a hundred advisers, as generated teams are numbered). */
export function nextAdviserId(advisers: readonly JsonObject[]): string {
  const taken = new Set(advisers.map((a) => a.id));
  const width = advisers.length + 1 >= 100 ? 3 : 2;
  for (let n = 1; ; n++) {
    const id = `a${String(n).padStart(width, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Appends an adviser skilled (0.8) on every channel; `name` comes from the UI, in its language. */
export function addAdviser(doc: Json, name: string): Json {
  const advisers = advisersOf(doc) ?? [];
  const skills = Object.fromEntries(channelIds(doc).map((id) => [id, 0.8]));
  return appendAt(doc, ['team', 'advisers'], { id: nextAdviserId(advisers), name, skills });
}

export function removeAdviser(doc: Json, index: number): Json {
  return removeAt(doc, ['team', 'advisers', index]);
}

/** Sets or removes one skill; a proficiency outside 0–1 is written as given, for validation to name. */
export function setSkill(doc: Json, adviser: number, channelId: string, proficiency: number | null): Json {
  const path = ['team', 'advisers', adviser, 'skills', channelId];
  return proficiency === null ? removeAt(doc, path) : setAt(doc, path, proficiency);
}

/** Sets the shift, or removes it when both ends are empty (the adviser then works the whole day). */
export function setShift(doc: Json, adviser: number, end: 'start' | 'end', value: string): Json {
  const path = ['team', 'advisers', adviser, 'shift'];
  const shift = getAt(doc, path);
  const next = { ...(isObject(shift) ? shift : {}), [end]: value };
  if (value === '') delete next[end];
  return Object.keys(next).length === 0 ? removeAt(doc, path) : setAt(doc, path, next);
}

/** Replaces a generated team by its advisers listed one by one (ids, names and skills as the engine resolves them). */
export function listTeam(doc: Json, advisers: readonly { id: string; name: string; skills: Readonly<Record<string, number>>; shift?: { start: string; end: string } }[]): Json {
  return setAt(doc, ['team'], {
    advisers: advisers.map((a) => ({ id: a.id, name: a.name, skills: { ...a.skills }, ...(a.shift ? { shift: a.shift } : {}) })),
  });
}

/** The event types the form offers, with the fields a new one starts with. */
export const eventTemplates = {
  incident: (at: string, channelId: string) => ({ type: 'incident', at, minutes: 60, channelId, surge: 1.3 }),
  systemSlowdown: (at: string) => ({ type: 'systemSlowdown', at, minutes: 30, handleTimeFactor: 1.3 }),
  absence: (at: string, _channelId: string, adviserId: string) => ({ type: 'absence', at, adviserId }),
  newHire: (at: string, _channelId: string, adviserId: string) => ({ type: 'newHire', at, adviserId }),
  vipComplaint: (at: string, channelId: string) => ({ type: 'vipComplaint', at, channelId }),
  campaignStart: (at: string, channelId: string) => ({ type: 'campaignStart', at, channelId }),
  randomAbsence: () => ({ type: 'randomAbsence', probability: 0.05 }),
  randomSlowdown: () => ({ type: 'randomSlowdown', perDay: 1, minutes: 20, handleTimeFactor: 1.3 }),
} as const;
export type EventType = keyof typeof eventTemplates;
export const eventTypes = Object.keys(eventTemplates) as EventType[];

/** Appends an event of `type` at the day's start (or the given time), aimed at the first (outbound, for a campaign) channel and the first adviser. */
export function addEvent(doc: Json, type: EventType, at?: string): Json {
  const start = getAt(doc, ['clock', 'start']);
  const when = at ?? (typeof start === 'string' ? start : '08:00');
  // A campaign starts on an outbound channel; everything else aims at the first channel.
  const channels = getAt(doc, ['channels']);
  const outbound = Array.isArray(channels) ? channels.find((c) => isObject(c) && c.kind === 'outbound') : undefined;
  const channelId = (type === 'campaignStart' && isObject(outbound) && typeof outbound.id === 'string' ? outbound.id : channelIds(doc)[0]) ?? '';
  const adviser = advisersOf(doc)?.[0]?.id;
  return appendAt(doc, ['events'], eventTemplates[type](when, channelId, typeof adviser === 'string' ? adviser : 'a01'));
}

/** Removes an event; the `events` field goes when the list is empty (it is optional). */
export function removeEvent(doc: Json, index: number): Json {
  const next = removeAt(doc, ['events', index]);
  const list = getAt(next, ['events']);
  return Array.isArray(list) && list.length === 0 ? removeAt(next, ['events']) : next;
}

/** Event types with an optional `label` {fr, en} (sim/scenario/eventsSchema.ts). */
const labelled: ReadonlySet<EventType> = new Set(['incident', 'systemSlowdown', 'campaignStart']);

/** Changes an event's type, keeping `at` and the fields both types share. */
export function changeEventType(doc: Json, index: number, type: EventType): Json {
  const old = getAt(doc, ['events', index]);
  const fresh: Record<string, Json> = { ...addEventFields(doc, type) };
  if (isObject(old)) for (const key of Object.keys(fresh)) if (key !== 'type' && key in old) fresh[key] = old[key];
  // The form does not show labels; a type that has one keeps the old event's.
  if (isObject(old) && old.label !== undefined && labelled.has(type)) fresh.label = old.label;
  return setAt(doc, ['events', index], fresh);
}

function addEventFields(doc: Json, type: EventType): JsonObject {
  const list = getAt(addEvent(doc, type), ['events']) as readonly Json[];
  return list[list.length - 1] as JsonObject;
}
