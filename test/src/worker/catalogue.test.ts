import { describe, expect, it } from 'vitest';
import { buildCatalogue, defaultEntry, defaultScenarioFile } from '../../../src/worker/catalogue';

describe('scenario catalogue', () => {
  const files = {
    '/scenarios/validation/v.json': '{"title":{"fr":"V","en":"V"}}',
    '/scenarios/training/z.json': 'not json',
    [`/scenarios/${defaultScenarioFile}`]: '{"title":{"fr":"Matin","en":"Morning"}}',
  };

  it('puts the default training scenario first, validation last', () => {
    const c = buildCatalogue(files);
    expect(c.map((e) => e.file)).toEqual([defaultScenarioFile, 'training/z.json', 'validation/v.json']);
    expect(defaultEntry(c)?.title?.en).toBe('Morning');
  });

  it('keeps unreadable files, without a title (the worker reports the problem)', () => {
    expect(buildCatalogue(files).find((e) => e.file === 'training/z.json')?.title).toBeNull();
  });
});
