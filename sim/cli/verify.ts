/**
 * `npm run verify -- result.json`: replays an exam result file (scenario, seed,
 * command log) and checks it gives exactly the recorded result.
 * Exit 0 when it matches; 1 when it does not (naming what differs); 2 bad input.
 */
import { parseArgs, UsageError } from './args';
import { InputError, readInputFile, runMain } from './io';
import { verifyResultFile } from './resultFile';

function main(argv: string[]): number {
  const args = parseArgs(argv, {});
  if (args.problems.length > 0 || args.positional.length !== 1) {
    throw new UsageError([...args.problems, ...(args.positional.length !== 1 ? ['expected one result file'] : []), 'usage: npm run verify -- <result.json>']);
  }
  const file = args.positional[0];
  let input: unknown;
  try {
    input = JSON.parse(readInputFile(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: $: not valid JSON: ${(e as Error).message}`);
  }
  const { differences, replayed } = verifyResultFile(input, file);
  if (differences.length === 0) {
    process.stdout.write(`verified: ${file} replays to the same result (hash ${replayed.resultHash})\n`);
    return 0;
  }
  process.stdout.write(`NOT verified: ${file} does not replay to its recorded result:\n${differences.map((d) => `  ${d}`).join('\n')}\n`);
  return 1;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
