/**
 * The scenario editor: a form on the scenario document (kept as plain JSON and
 * edited by path, so what the form does not show is exported as it was), the
 * live check by the engine's own validateScenario (debounced) listing every
 * problem by path, the staffing preview beside it, export and play.
 * Loaded on demand: the console does not carry the schema and the analytics.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Json } from '../editor/docPath';
import { staffingPreview } from '../editor/staffingPreview';
import { toCurrentVersion, toExportVersion } from '../editor/scenarioFormat';
import { checkDocument, type Check } from '../editor/validate';
import { newScenarioTemplate } from '../editor/template';
import { intervalsOf, volumesOf } from '../editor/volumes';
import { getAt } from '../editor/docPath';
import { useConsole, useT } from '../app/context';
import { downloadText } from './download';
import { EditorChannels } from './EditorChannels';
import { EditorEvents } from './EditorEvents';
import { EditorGeneral, EditorScoring } from './EditorGeneral';
import { EditorPreview } from './EditorPreview';
import { EditorTeam } from './EditorTeam';
import type { Edit } from './EditorFields';
import { ProblemList } from './ProblemList';
import { rememberEdited } from './editorTarget';
import './editor.css';

/** Long enough that typing a number does not validate at every key, short enough to feel live. */
const checkDelayMs = 250;

export interface EditorProps {
  /** The document to edit (parsed JSON of a bundled or imported file); null for a new scenario from the template. */
  readonly initial: Json | null;
  /** File name for messages and the export. */
  readonly file: string;
  readonly onClose: () => void;
}

function channelCount(doc: Json): number {
  const c = getAt(doc, ['channels']);
  return Array.isArray(c) ? c.length : 0;
}

export default function EditorView({ initial, file, onClose }: EditorProps) {
  const t = useT();
  const { controller } = useConsole();
  // An older file is brought to the current format once, on opening, so the form edits what will be exported.
  const [opened] = useState<Json>(() => (initial === null ? newScenarioTemplate() : toCurrentVersion(initial)));
  const [doc, setDoc] = useState<Json>(opened);
  const [check, setCheck] = useState<Check>(() => checkDocument(opened, file));
  const lastValid = useRef<{ doc: Json; check: Extract<Check, { ok: true }> } | null>(check.ok ? { doc, check } : null);
  const edit: Edit = (update) => setDoc((d) => update(d));

  useEffect(() => {
    const timer = setTimeout(() => {
      const next = checkDocument(doc, file);
      if (next.ok) lastValid.current = { doc, check: next };
      setCheck(next);
    }, checkDelayMs);
    return () => clearTimeout(timer);
  }, [doc, file]);

  const previewSource = lastValid.current;
  const preview = useMemo(() => {
    if (!previewSource) return null;
    const volumes = Array.from({ length: channelCount(previewSource.doc) }, (_, i) => volumesOf(previewSource.doc, i));
    return { volumes, figures: staffingPreview(previewSource.check.scenario, intervalsOf(previewSource.doc), volumes) };
  }, [previewSource]);

  const upToDate = check.ok && lastValid.current?.doc === doc;
  const id = getAt(doc, ['id']);
  const exportName = `${typeof id === 'string' && id ? id : 'scenario'}.json`;

  return (
    <main className="editor" data-testid="editor">
      <header className="editor-bar">
        <h1>{t('editor.title')}</h1>
        <span className="muted">{file}</span>
        <div className="editor-actions">
          <button type="button" className="btn" data-testid="editor-back" onClick={onClose}>
            {t('editor.back')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="editor-export"
            disabled={!upToDate}
            title={upToDate ? undefined : t('editor.blocked')}
            onClick={() => downloadText(exportName, JSON.stringify(toExportVersion(doc), null, 2) + '\n', 'application/json')}
          >
            {t('editor.export')}
          </button>
          <button
            type="button"
            className="btn primary"
            data-testid="editor-play"
            disabled={!upToDate}
            title={upToDate ? undefined : t('editor.blocked')}
            onClick={() => {
              const source = { name: exportName, text: JSON.stringify(toExportVersion(doc), null, 2) };
              rememberEdited(source);
              void controller.start(source.text, source.name);
            }}
          >
            {t('editor.play')}
          </button>
        </div>
      </header>
      <div className="editor-body">
        <div className="editor-form">
          <EditorGeneral doc={doc} edit={edit} />
          <EditorChannels doc={doc} edit={edit} />
          <EditorTeam doc={doc} edit={edit} valid={upToDate && check.ok ? check.scenario : null} />
          <EditorEvents doc={doc} edit={edit} />
          <EditorScoring doc={doc} edit={edit} />
        </div>
        <aside className="editor-side">
          <section className="editor-check" aria-live="polite" aria-labelledby="editor-check-title">
            {check.ok ? (
              <p id="editor-check-title" className="ok" data-testid="editor-valid">
                {t('editor.valid')}
              </p>
            ) : (
              <>
                <h3 id="editor-check-title">{t('editor.problems', { count: check.problems.length })}</h3>
                <p className="muted">{t('editor.blocked')}</p>
                <ProblemList problems={check.problems} testId="editor-problems" />
              </>
            )}
          </section>
          {preview ? <EditorPreview preview={preview.figures} volumes={preview.volumes} stale={!upToDate} /> : null}
        </aside>
      </div>
    </main>
  );
}
