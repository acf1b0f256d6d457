import { describe, expect, it } from 'vitest';
import { createUiStore, initialLang, moveSelection } from '../../../src/store/uiStore';

describe('ui store', () => {
  it('starts in French when the browser language is French, else English', () => {
    expect(initialLang('fr-FR')).toBe('fr');
    expect(initialLang('fr')).toBe('fr');
    expect(initialLang('en-US')).toBe('en');
    expect(initialLang('de')).toBe('en');
    expect(initialLang(undefined)).toBe('en');
  });

  it('starts paused with no adviser selected', () => {
    const s = createUiStore('en').getState();
    expect(s.playing).toBe(false);
    expect(s.selectedAdviserId).toBeNull();
    expect(s.cardOpen).toBe(false);
  });

  it('moves the selection through the advisers, wrapping round', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, null, -1)).toBe('c');
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'c', 1)).toBe('a');
    expect(moveSelection(ids, 'a', -1)).toBe('c');
    expect(moveSelection([], 'a', 1)).toBeNull();
  });
});
