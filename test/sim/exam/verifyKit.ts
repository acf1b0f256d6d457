/** Verifying an edited copy of a result file, as an assessor would receive it. */
import { parseResultFile, verifyResult, type OfficialExam, type Verdict } from '../../../sim/exam/index';

export function verifyEdited<F>(genuine: F, official: (id: string) => OfficialExam | null, edit: (file: F) => void = () => undefined): Verdict {
  const copy = structuredClone(genuine);
  edit(copy);
  const parsed = parseResultFile(JSON.stringify(copy), 'result.json');
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = verifyResult(parsed.file, { file: 'result.json', official });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.verdict;
}
