import { describe, expect, it } from 'vitest';
import { appendAt, getAt, removeAt, setAt, setOrRemove, type Json } from '../../../src/editor/docPath';

const doc = { id: 'x', channels: [{ id: 'voice', handleTime: { dist: 'exponential', mean: 180 }, extra: { kept: true } }], team: { advisers: [] } } as const;

describe('document paths', () => {
  it('reads nested values and gives undefined for missing steps', () => {
    expect(getAt(doc, ['channels', 0, 'handleTime', 'mean'])).toBe(180);
    expect(getAt(doc, ['channels', 3, 'id'])).toBeUndefined();
    expect(getAt(doc, ['id', 'nope'])).toBeUndefined();
  });

  it('sets a value without touching the original and shares untouched branches', () => {
    const next = setAt(doc, ['channels', 0, 'handleTime', 'mean'], -3) as typeof doc;
    expect(getAt(next, ['channels', 0, 'handleTime', 'mean'])).toBe(-3);
    expect(doc.channels[0].handleTime.mean).toBe(180);
    expect(next.team).toBe(doc.team);
    expect(next.channels[0].extra).toBe(doc.channels[0].extra);
  });

  it('returns the same root when the value does not change', () => {
    expect(setAt(doc, ['channels', 0, 'id'], 'voice')).toBe(doc);
  });

  it('creates missing objects on the way', () => {
    expect(setAt(doc, ['scoring', 'weights', 'people'], 0.5)).toMatchObject({ scoring: { weights: { people: 0.5 } } });
  });

  it('refuses an index past the end of a list', () => {
    expect(() => setAt(doc, ['channels', 5], {})).toThrow(RangeError);
  });

  it('removes fields and list items, and is a no-op on a missing one', () => {
    const a = removeAt(doc, ['channels', 0, 'extra']);
    expect(getAt(a, ['channels', 0])).toEqual({ id: 'voice', handleTime: { dist: 'exponential', mean: 180 } });
    expect(getAt(removeAt(doc, ['channels', 0]), ['channels'])).toEqual([]);
    expect(removeAt(doc, ['nothing'])).toBe(doc);
  });

  it('appends to a list, creating it when missing', () => {
    const a = appendAt(doc, ['events'], { type: 'vipComplaint' }) as Record<string, Json>;
    expect(a.events).toEqual([{ type: 'vipComplaint' }]);
    expect(getAt(appendAt(a, ['events'], 1), ['events', 1])).toBe(1);
  });

  it('removes an optional field set to undefined', () => {
    expect(setOrRemove(doc, ['id'], undefined)).not.toHaveProperty('id');
    expect(getAt(setOrRemove(doc, ['id'], 'y'), ['id'])).toBe('y');
  });
});
