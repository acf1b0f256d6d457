/**
 * Form fields bound to a path of the scenario document. Each writes exactly
 * what was typed (a number field left empty or unreadable writes null), so
 * the live validation names the problem at its path instead of the form
 * hiding it.
 */
import { useEffect, useRef, useState } from 'react';
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

/**
 * A number input that keeps what is being typed ("12.", "-", an empty cell)
 * while it has the focus, and follows the value otherwise. `onNumber`
 * gets null for an empty or unreadable entry.
 */
export function NumberInput({
  value, onNumber, testId, label, min, max, step,
}: {
  readonly value: number | null;
  readonly onNumber: (n: number | null) => void;
  readonly testId?: string;
  readonly label?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}) {
  const shown = value === null ? '' : String(Math.round(value * 1e6) / 1e6);
  const [draft, setDraft] = useState(shown);
  // While the field has the focus the draft is the user's: an empty volume cell reads as 0 but stays empty to retype.
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(shown);
  }, [shown]);
  return (
    <input
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step ?? 'any'}
      value={draft}
      aria-label={label}
      data-testid={testId}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        setDraft(shown);
      }}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const n = Number(text);
        onNumber(text.trim() === '' || !Number.isFinite(n) ? null : n);
      }}
    />
  );
}

/** A number at `path`, shown × `scale` (100 for a percentage); empty or unreadable writes null. */
export function NumberField({ doc, path, edit, label, testId, className, scale = 1, step }: FieldProps & { readonly scale?: number; readonly step?: number }) {
  const value = getAt(doc, path);
  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      <NumberInput
        value={typeof value === 'number' ? value * scale : null}
        step={step}
        testId={testId}
        onNumber={(n) => edit((d) => setAt(d, path, n === null ? null : n / scale))}
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
