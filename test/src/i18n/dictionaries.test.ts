import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { translate, channelName } from '../../../src/i18n';

describe('dictionaries', () => {
  it('have exactly the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty string except deliberate dashes', () => {
    for (const dict of [fr, en]) for (const [k, v] of Object.entries(dict)) expect(v.length, k).toBeGreaterThan(0);
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(fr[key]), key).toEqual(names(en[key]));
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'picker.teamSize', { count: 12 })).toBe('12 advisers');
    expect(translate('fr', 'picker.teamSize', { count: 12 })).toBe('12 conseillers');
    expect(translate('en', 'picker.teamSize')).toBe('{count} advisers');
  });

  it('names a channel in the language, falling back to its id', () => {
    expect(channelName({ id: 'voice', name: { fr: 'Ligne', en: 'Line' } }, 'fr')).toBe('Ligne');
    expect(channelName({ id: 'voice' }, 'en')).toBe('voice');
  });
});
