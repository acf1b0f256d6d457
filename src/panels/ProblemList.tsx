/** Every problem of a scenario, one line each, by path in words (the picker's import and the editor share it). */
import { problemLine, type Problem } from '../editor/problemText';
import { useT, useUi } from '../app/context';

/** Past this many lines the rest is counted, not drawn: a file can have thousands of broken advisers. */
const maxShown = 500;

export function ProblemList({ problems, testId }: { readonly problems: readonly Problem[]; readonly testId: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <ul className="problem-list" data-testid={testId}>
      {problems.slice(0, maxShown).map((p, i) => (
        <li key={i} data-path={p.path}>
          {problemLine(p, lang)}
        </li>
      ))}
      {problems.length > maxShown ? <li className="muted">{t('picker.more', { count: problems.length - maxShown })}</li> : null}
    </ul>
  );
}
