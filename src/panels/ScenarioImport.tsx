/**
 * The picker's scenario file input. A file is read, checked by the worker
 * (the engine's own parser) and handed on only when valid; otherwise every
 * problem is listed here, by path in words, and the current choice is kept.
 * A file too large to be a scenario, or not JSON, gets one line.
 */
import { useState } from 'react';
import { sizeProblem, type Problem } from '../editor/problemText';
import { useConsole, useT, useUi } from '../app/context';
import { ProblemList } from './ProblemList';
import './scenarioImport.css';

export interface ScenarioSource {
  readonly name: string;
  readonly text: string;
}

interface Refused {
  readonly name: string;
  /** Null when the file was not read (too large). */
  readonly source: ScenarioSource | null;
  readonly problems: readonly Problem[];
  /** The file is JSON (so the editor can open it to fix it). */
  readonly json: boolean;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function ScenarioImport({ onAccept, onEdit }: { readonly onAccept: (s: ScenarioSource) => void; readonly onEdit: (s: ScenarioSource) => void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const [refused, setRefused] = useState<Refused | null>(null);

  const read = async (f: File) => {
    const tooLarge = sizeProblem(f.size, lang);
    if (tooLarge) {
      setRefused({ name: f.name, source: null, problems: [tooLarge], json: false });
      return;
    }
    const source = { name: f.name, text: await f.text() };
    const outcome = await controller.inspect(source.text, source.name);
    if (outcome.ok) {
      setRefused(null);
      onAccept(source);
      return;
    }
    const problems = outcome.failure.problems ?? [{ path: '$', message: outcome.failure.message }];
    setRefused({ name: f.name, source, problems, json: isJson(source.text) });
  };

  return (
    <>
      <label className="field file">
        <span>{t('picker.file')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="scenario-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            // Cleared so that choosing the same file again, once fixed, is read again.
            e.target.value = '';
            if (f) void read(f);
          }}
        />
      </label>
      {refused ? (
        <div className="import-problems" role="alert" data-testid="import-problems">
          <p>{t('picker.importProblems', { file: refused.name, count: refused.problems.length })}</p>
          <ProblemList problems={refused.problems} testId="import-problem-list" />
          {refused.json && refused.source ? (
            <button type="button" className="btn" data-testid="import-edit" onClick={() => onEdit(refused.source!)}>
              {t('picker.importFix')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
