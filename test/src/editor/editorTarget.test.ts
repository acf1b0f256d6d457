import { describe, expect, it } from 'vitest';
import { lastEdited, openEditorOn, rememberEdited } from '../../../src/panels/editorTarget';

describe('what the editor opens on', () => {
  it('opens a JSON object, the template for a new scenario, and nothing a form could not show', () => {
    expect(openEditorOn({ name: 'a.json', text: '{"id":"x","extra":[1]}' })).toEqual({ doc: { id: 'x', extra: [1] }, file: 'a.json' });
    expect(openEditorOn(null)).toEqual({ doc: null, file: 'new-scenario.json' });
    expect(openEditorOn({ name: 'b.json', text: '[1, 2]' })).toBeNull();
    expect(openEditorOn({ name: 'c.json', text: 'not json' })).toBeNull();
  });

  it('remembers the scenario last played from the editor', () => {
    expect(lastEdited()).toBeNull();
    rememberEdited({ name: 'x.json', text: '{}' });
    expect(lastEdited()).toEqual({ name: 'x.json', text: '{}' });
  });
});
