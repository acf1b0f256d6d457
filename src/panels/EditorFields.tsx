/**
 * Form fields bound to a path of the scenario document. Each writes exactly
 * what was typed (a number field left empty or unreadable writes null), so
 * the live validation names the problem at its path instead of the form
 * hiding it.
 */
import { useEffect, useState } from 'react';
import { getAt, setAt, type DocPath, type Json } from '../editor/docPath';

/** Applies an edit to the document the editor holds. */
export type Edit = (update: (doc: Json) => Json) => void;

interface FieldProps {
  readonly doc: Json;
  readonly path: DocPath;
  readonly edit: Edit;
  readonly label: string;
  readonly testId?: string;
  readonly className?: string;
}

export function TextField({ doc, path, edit, label, testId, className, multiline }: FieldProps & { readonly multiline?: boolean }) {
  const value = getAt(doc, path);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const onChange = (v: string) => edit((d) => setAt(d, path, v));
  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      {multiline ? (
        <textarea value={text} rows={3} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" value={text} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}

/** A number, shown × `scale` (100 for a percentage); the draft text is kept while it does not parse. */
export function NumberField({ doc, path, edit, label, testId, className, scale = 1, step }: FieldProps & { readonly scale?: number; readonly step?: number }) {
  const value = getAt(doc, path);
  const shown = typeof value === 'number' ? String(Math.round(value * scale * 1e6) / 1e6) : '';
  const [draft, setDraft] = useState(shown);
  // The document changed elsewhere (another field, a load): show its value unless the draft already says it.
  useEffect(() => {
    if (Number(draft) !== Number(shown) || (draft.trim() === '') !== (shown === '')) setDraft(shown);
  }, [shown]);
  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={step ?? 'any'}
        value={draft}
        data-testid={testId}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const n = Number(text);
          edit((d) => setAt(d, path, text.trim() === '' || !Number.isFinite(n) ? null : n / scale));
        }}
      />
    </label>
  );
}

export function SelectField({ doc, path, edit, label, testId, className, options }: FieldProps & { readonly options: readonly { value: string; label: string }[] }) {
  const value = getAt(doc, path);
  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      <select value={typeof value === 'string' ? value : ''} data-testid={testId} onChange={(e) => edit((d) => setAt(d, path, e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * For an optional object whose fields are all required once it exists (the
 * briefing, the scoring weights): the form shows `fallback` while it is absent,
 * and the first edit writes the whole object.
 */
export function withDefault(doc: Json, edit: Edit, path: DocPath, fallback: Json): { doc: Json; edit: Edit } {
  const present = getAt(doc, path) !== undefined;
  return {
    doc: present ? doc : setAt(doc, path, fallback),
    edit: (update) => edit((d) => update(getAt(d, path) !== undefined ? d : setAt(d, path, fallback))),
  };
}
