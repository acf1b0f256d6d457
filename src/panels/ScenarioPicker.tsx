/**
 * Scenario picker and briefing: choose a bundled scenario (the default one is
 * preselected; `?scenario=training/x.json` preselects another) or load a JSON
 * file, read the briefing (targets, team, forecast volume), then start.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { channelName } from '../i18n';
import { formatNumber, formatPercent, wallClock } from '../i18n/format';
import { catalogue, defaultEntry } from '../worker/catalogue';
import type { ScenarioSummary } from '../worker/protocol';
import { useConsole, useSim, useT, useUi } from '../app/context';
import { SessionList } from './SessionList';
import { ScenarioImport, type ScenarioSource } from './ScenarioImport';
import { lastEdited, openEditorOn, type EditorTarget } from './editorTarget';

const EditorView = lazy(() => import('./EditorView'));

const custom = '__file__';

function urlParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function ScenarioPicker() {
  const t = useT();
  const { sim, controller } = useConsole();
  const lang = useUi((s) => s.lang);
  const phase = useSim((s) => s.phase);
  // Back from a shift played from the editor, that scenario is the choice (and opens in the editor again).
  const [choice, setChoice] = useState(() => (lastEdited() ? custom : undefined) ?? catalogue.find((e) => e.file === urlParam('scenario'))?.file ?? defaultEntry()?.file ?? '');
  const [file, setFile] = useState<{ name: string; text: string } | null>(lastEdited);
  const [summary, setSummary] = useState<ScenarioSummary | null>(null);
  const [editing, setEditing] = useState<EditorTarget | null>(null);

  const source = choice === custom ? file : (() => {
    const e = catalogue.find((x) => x.file === choice);
    return e ? { name: e.file, text: e.text } : null;
  })();

  useEffect(() => {
    let live = true;
    setSummary(null);
    if (!source) return;
    void controller.inspect(source.text, source.name).then((outcome) => {
      if (!live) return;
      if (outcome.ok) setSummary(outcome.summary);
      else sim.fail(outcome.failure);
    });
    return () => {
      live = false;
    };
  }, [source?.name, source?.text]);

  const start = async () => {
    if (!source) return;
    await controller.start(source.text, source.name);
  };

  if (editing) {
    return (
      <Suspense fallback={<p className="muted">{t('picker.loading')}</p>}>
        <EditorView initial={editing.doc} file={editing.file} onClose={() => setEditing(null)} />
      </Suspense>
    );
  }

  return (
    <main className="picker">
      <div className="picker-card">
        <h1>{t('app.title')}</h1>
        <h2>{t('picker.title')}</h2>
        <label className="field">
          <span>{t('picker.scenario')}</span>
          <select data-testid="scenario-picker" value={choice} onChange={(e) => setChoice(e.target.value)}>
            {catalogue.map((e) => (
              <option key={e.file} value={e.file}>
                {e.title ? `${e.title[lang]} (${e.group})` : e.file}
              </option>
            ))}
            {file ? <option value={custom}>{file.name}</option> : null}
          </select>
        </label>
        <ScenarioImport
          onAccept={(f: ScenarioSource) => {
            setFile(f);
            setChoice(custom);
          }}
          onEdit={(f) => setEditing(openEditorOn(f))}
        />
        <div className="picker-edit">
          <button type="button" className="btn" data-testid="open-editor" disabled={!source || !openEditorOn(source)} onClick={() => source && setEditing(openEditorOn(source))}>
            {t('editor.open')}
          </button>
          <button type="button" className="btn" data-testid="editor-new" onClick={() => setEditing(openEditorOn(null))}>
            {t('editor.new')}
          </button>
        </div>
        <section className="briefing" aria-live="polite">
          <h3>{t('picker.briefing')}</h3>
          {summary ? (
            <>
              <p className="briefing-title">{summary.title[lang]}</p>
              <p>{summary.briefing ? summary.briefing[lang] : t('picker.noBriefing')}</p>
              <dl>
                <dt>{t('picker.hours')}</dt>
                <dd>
                  {wallClock(summary.clock.start)}–{wallClock(summary.clock.end)}
                </dd>
                <dt>{t('picker.team')}</dt>
                <dd>{t('picker.teamSize', { count: formatNumber(summary.teamSize, lang) })}</dd>
                <dt>{t('picker.targets')}</dt>
                <dd>
                  {summary.channels.map((c) => (
                    <div key={c.id}>
                      {channelName(c, lang)}: {t('picker.target', { target: formatPercent(c.target, lang, 0), threshold: c.thresholdSeconds })}
                    </div>
                  ))}
                </dd>
                <dt>{t('picker.forecast')}</dt>
                <dd>
                  {summary.channels.map((c) => (
                    <div key={c.id}>
                      {channelName(c, lang)}: {t('picker.contacts', { count: formatNumber(c.forecast, lang) })}
                    </div>
                  ))}
                </dd>
                {summary.purpose === 'exam' ? (
                  <>
                    <dt>{t('exam.marker')}</dt>
                    <dd data-testid="exam-notice">
                      {t('exam.picker.notice')}
                      {choice === custom ? <strong className="exam-file-notice"> {t('exam.picker.fileNotice')}</strong> : null}
                    </dd>
                  </>
                ) : null}
                <dt>{t('picker.mode')}</dt>
                <dd>{t(summary.mode === 'ideal' ? 'picker.mode.ideal' : 'picker.mode.realistic')}</dd>
              </dl>
            </>
          ) : (
            <p className="muted">{t('picker.loading')}</p>
          )}
        </section>
        <button type="button" className="btn primary" data-testid="start" disabled={!summary || phase === 'loading'} onClick={() => void start()}>
          {t('picker.start')}
        </button>
        <button type="button" className="btn ghost" data-testid="open-assessor" onClick={() => sim.setState({ view: 'assessor' })}>
          {t('assessor.open')}
        </button>
        <button type="button" className="btn ghost" data-testid="open-lab" onClick={() => sim.setState({ view: 'lab' })}>
          {t('lab.open')}
        </button>
        <SessionList />
      </div>
    </main>
  );
}
