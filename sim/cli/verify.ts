/**
 * `npm run verify -- result.json [--exam scenario.json]`: checks an exam result
 * file. The embedded scenario must be the official exam (the file of
 * scenarios/exam/ with its id, or the one given with --exam), played on the
 * exam's seed; the command log replayed on it must give exactly the recorded
 * result, KPIs and score. Exit 0 when it verifies; 1 when it does not (naming
 * what does not match); 2 bad input (one line: file, JSON path, problem).
 */
import { parseResultFile, verifyResult, type Finding } from '../exam/index';
import { parseArgs, UsageError } from './args';
import { InputError, readInputFile, runMain } from './io';
import { bundledExam, givenExam } from './officialExams';

const USAGE = 'usage: npm run verify -- <result.json> [--exam scenario.json]';

const lines = (findings: readonly Finding[], mark: string) => findings.map((f) => `  ${mark} ${f.text}\n`).join('');

function main(argv: string[]): number {
  const args = parseArgs(argv, { exam: 'string', help: 'boolean' });
  if (args.flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.problems.length > 0 || args.positional.length !== 1) {
    throw new UsageError([...args.problems, ...(args.positional.length !== 1 ? ['expected one result file'] : []), USAGE]);
  }
  const file = args.positional[0];
  const parsed = parseResultFile(readInputFile(file), file);
  if (!parsed.ok) throw new InputError(parsed.message);
  const exam = typeof args.flags.exam === 'string' ? givenExam(args.flags.exam) : null;
  const outcome = verifyResult(parsed.file, {
    file,
    official: (id) => exam ?? bundledExam(id),
    noOfficialHint: ' in scenarios/exam/: pass the official exam with --exam scenario.json',
  });
  if (!outcome.ok) throw new InputError(outcome.message);
  const v = outcome.verdict;
  if (v.verified) {
    process.stdout.write(`verified: ${file} replays to the same result (hash ${v.replayed.resultHash}) on the official exam ${v.official?.source} (hash ${v.official?.hash}), seed ${v.seed}\n${lines(v.notes, 'note:')}`);
    return 0;
  }
  process.stdout.write(`NOT verified: ${file}:\n${lines(v.problems, '-')}${lines(v.notes, 'note:')}`);
  return 1;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
