/** What the editor opens on: a scenario file's parsed JSON (bundled or imported), or the new-scenario template. */
import { isObject, type JsonObject } from '../editor/docPath';

export interface EditorTarget {
  /** Null: a new scenario, from the template (built by the editor, which carries the format's version). */
  readonly doc: JsonObject | null;
  readonly file: string;
}

/** Null when the text is not a JSON object (there is nothing a form could show). */
export function openEditorOn(source: { readonly name: string; readonly text: string } | null): EditorTarget | null {
  if (!source) return { doc: null, file: 'new-scenario.json' };
  try {
    const doc: unknown = JSON.parse(source.text);
    return isObject(doc) ? { doc, file: source.name } : null;
  } catch {
    return null;
  }
}

let edited: { readonly name: string; readonly text: string } | null = null;

/** The scenario last played from the editor: the picker offers it again after the shift, so edits are not lost. */
export function rememberEdited(source: { readonly name: string; readonly text: string }): void {
  edited = source;
}

export function lastEdited(): { readonly name: string; readonly text: string } | null {
  return edited;
}
