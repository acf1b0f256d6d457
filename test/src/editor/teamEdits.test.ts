import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAt, removeAt, setAt, type Json } from '../../../src/editor/docPath';
import {
  addAdviser, addEvent, advisersOf, changeEventType, eventTypes, listTeam, nextAdviserId, removeAdviser, removeEvent, setShift, setSkill,
} from '../../../src/editor/teamEdits';
import { validateScenario } from '../../../sim/scenario/load';
import { resolveTeam } from '../../../sim/model/team';

const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../scenarios/training/default-weekday-morning.json'), 'utf8');
const doc = JSON.parse(text) as Json;

describe('team edits', () => {
  it('adds an adviser with the next free id, skilled on every channel, and the scenario stays valid', () => {
    const next = addAdviser(doc, 'Nouveau conseiller');
    const advisers = advisersOf(next)!;
    expect(advisers).toHaveLength(13);
    expect(advisers[12]).toEqual({ id: 'a13', name: 'Nouveau conseiller', skills: { voice: 0.8 } });
    expect(validateScenario(next, 'x').team).toMatchObject({ advisers: { length: 13 } });
  });

  it('fills a gap in the ids before going past the end', () => {
    expect(nextAdviserId([{ id: 'a01' }, { id: 'a03' }])).toBe('a02');
  });

  it('removes an adviser and keeps the others as they were', () => {
    const next = removeAdviser(doc, 0);
    expect(advisersOf(next)!.map((a) => a.id)[0]).toBe('a02');
    expect(advisersOf(next)![10]).toBe(advisersOf(doc)![11]);
  });

  it('sets and removes skills and shifts', () => {
    let next = setSkill(doc, 0, 'voice', 0.5);
    expect(getAt(next, ['team', 'advisers', 0, 'skills'])).toEqual({ voice: 0.5 });
    next = setSkill(next, 0, 'voice', null);
    expect(getAt(next, ['team', 'advisers', 0, 'skills'])).toEqual({});
    next = setShift(doc, 1, 'start', '09:00');
    next = setShift(next, 1, 'end', '13:00');
    expect(getAt(next, ['team', 'advisers', 1, 'shift'])).toEqual({ start: '09:00', end: '13:00' });
    next = setShift(setShift(next, 1, 'start', ''), 1, 'end', '');
    expect(getAt(next, ['team', 'advisers', 1])).not.toHaveProperty('shift');
  });

  it('lists a generated team one by one with the ids and names the engine gives it', () => {
    // Without the events: they name advisers of the listed team.
    const generated = setAt(removeAt(doc, ['events']), ['team'], { generate: { count: 3, skills: { voice: 1 } } });
    const plans = resolveTeam(validateScenario(generated, 'x'));
    const listed = listTeam(generated, plans);
    expect(advisersOf(listed)!.map((a) => a.id)).toEqual(['a01', 'a02', 'a03']);
    expect(resolveTeam(validateScenario(listed, 'x')).map((a) => a.name)).toEqual(plans.map((a) => a.name));
  });
});

describe('event edits', () => {
  it('adds every offered event type as a valid event', () => {
    const multichannel = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../scenarios/training/multichannel-tuesday.json'), 'utf8')) as Json;
    for (const type of eventTypes) {
      const base = type === 'campaignStart' ? multichannel : doc;
      const next = addEvent(base, type, '09:00');
      expect(() => validateScenario(next, 'x'), type).not.toThrow();
      const events = getAt(next, ['events']) as Json[];
      expect(getAt(events.at(-1), ['type'])).toBe(type);
    }
    // A campaign goes on the outbound channel.
    const added = getAt(addEvent(multichannel, 'campaignStart'), ['events']) as Json[];
    expect(getAt(added.at(-1), ['channelId'])).toBe('outbound');
  });

  it('removes events, and the empty list with the last one', () => {
    let next = doc;
    for (let i = 0; i < 3; i++) next = removeEvent(next, 0);
    expect(next).not.toHaveProperty('events');
    expect(getAt(removeEvent(doc, 1), ['events', 1, 'type'])).toBe('vipComplaint');
  });

  it('changes an event type keeping the time and the shared fields', () => {
    // events[1] is the incident at 10:15 on voice, with a label.
    const next = changeEventType(doc, 1, 'vipComplaint');
    expect(getAt(next, ['events', 1])).toEqual({ type: 'vipComplaint', at: '10:15', channelId: 'voice' });
    expect(() => validateScenario(next, 'x')).not.toThrow();
  });

  it('keeps the label when the new type has one', () => {
    const next = changeEventType(doc, 1, 'systemSlowdown');
    expect(getAt(next, ['events', 1])).toMatchObject({ type: 'systemSlowdown', at: '10:15', minutes: 60, label: getAt(doc, ['events', 1, 'label']) });
    expect(getAt(next, ['events', 1])).not.toHaveProperty('channelId');
    expect(() => validateScenario(next, 'x')).not.toThrow();
  });
});
