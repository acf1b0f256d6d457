/**
 * `npm run sim -- <scenario.json> [--seed N] [--commands log.json] [--replications N] [--json]`
 *   `[--result out.json] [--report out.html|out.json|out.csv [--lang en|fr]] [--analysis text.txt] [--proposals text.txt]`
 *   `[--timesheet out.csv]`
 *   `[--required-staff --target-sl P [--confidence C] [--shrinkage S]]` (sim/cli/requiredStaff.ts)
 *   `[--check-plan [--commands log.json] [--json]]` (the preparation check, sim/prepare)
 *   or a staffing sweep: `--vary 'advisers=8..14' --jsonl [--shard K/N] [--workers N]` (sweepCommand.ts)
 *
 * `--result` writes an exam result file (sim/exam/: the scenario, seed, command
 * log, KPIs, score, the trainee's text and the full result) for `npm run verify`.
 * `--timesheet` writes the admin data for HR and payroll, one CSV row per adviser
 * per day (sim/report/timesheet.ts).
 *
 * Runs a scenario headless and prints its KPIs (a table, or with --json exactly
 * one JSON object: the contract of DESIGN.md §3). Exit codes: 0 success,
 * 2 bad input (the message names the file, the JSON path and the problem),
 * 1 internal error.
 */
import { parseArgs, UsageError } from './args';
import { assertWritable, loadCommandLog, loadScenarioFile, readInputFile, runMain, writeOutputFile } from './io';
import { makeResultFile } from '../exam/index';
import { renderTimesheetCsv, type TimesheetRow } from '../index';
import { reportFormatOf, writeReport } from './report';
import { runScenario } from './runScenario';
import { formatTable } from './table';
import { formatCampaignTable } from './campaignTable';
import { createCampaign } from '../index';
import { formatRequiredStaff, REQUIRED_STAFF_FLAGS, requiredStaff, requiredStaffRequest } from './requiredStaff';
import { planSweep, sweepLines } from './sweepCommand';
import { checkPlan } from '../prepare/checkPlan';
import { formatPlanCheck } from './checkPlanTable';

export { replicationSeeds, runScenario, type RunOutput } from './runScenario';

const USAGE = 'usage: npm run sim -- <scenario.json> [--seed N] [--commands log.json] [--replications N] [--json] [--result out.json] [--report out.html|.json|.csv] [--lang en|fr] [--analysis file.txt] [--proposals file.txt] [--timesheet out.csv]\n       npm run sim -- <scenario.json> --vary "advisers=8..14" --jsonl [--replications R] [--seed N] [--commands log.json] [--shard K/N] [--workers N]\n       npm run sim -- <scenario.json> --required-staff --target-sl P [--confidence C] [--shrinkage S] [--replications R] [--json]\n       npm run sim -- <scenario.json> --check-plan [--commands log.json] [--json]';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { seed: 'int', commands: 'string', replications: 'int', json: 'boolean', result: 'string', report: 'string', lang: 'string', analysis: 'string', proposals: 'string', timesheet: 'string', help: 'boolean', vary: 'string', jsonl: 'boolean', shard: 'string', workers: 'int', 'check-plan': 'boolean', ...REQUIRED_STAFF_FLAGS });
  if (args.flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const problems = [...args.problems];
  if (args.positional.length !== 1) problems.push(args.positional.length === 0 ? 'missing the scenario file' : `expected one scenario file, got ${args.positional.length}: ${args.positional.join(' ')}`);
  const seed = args.flags.seed as number | undefined;
  if (seed !== undefined && seed < 0) problems.push('--seed must be a non-negative whole number');
  const replications = args.flags.replications as number | undefined;
  if (replications !== undefined && (replications < 1 || replications > 10_000)) problems.push('--replications must be between 1 and 10000');
  const report = args.flags.report as string | undefined;
  if (report !== undefined && !reportFormatOf(report)) problems.push(`--report ${report}: the file name must end in .html, .json or .csv`);
  const lang = (args.flags.lang as string | undefined) ?? 'en';
  if (lang !== 'en' && lang !== 'fr') problems.push(`--lang must be en or fr, got "${lang}"`);
  if (args.flags.lang !== undefined && report === undefined) problems.push('--lang only applies with --report');
  for (const flag of ['analysis', 'proposals']) if (args.flags[flag] !== undefined && report === undefined && args.flags.result === undefined) problems.push(`--${flag} only applies with --report or --result`);
  const staffing = requiredStaffRequest(args.flags, problems);
  const vary = args.flags.vary as string | undefined;
  if (vary === undefined) {
    for (const flag of ['jsonl', 'shard', 'workers']) if (args.flags[flag] !== undefined) problems.push(`--${flag} only applies with --vary`);
  } else {
    if (!args.flags.jsonl) problems.push('--vary needs --jsonl (a sweep prints one JSON line per variant)');
    for (const flag of ['json', 'result', 'report', 'timesheet']) if (args.flags[flag] !== undefined) problems.push(`--${flag} does not apply to a sweep (--vary)`);
  }
  if (staffing && vary !== undefined) problems.push('--required-staff and --vary are separate commands: give one of them');
  if (staffing && args.flags.timesheet !== undefined) problems.push('--timesheet does not apply to --required-staff (it needs one run)');
  const planCheck = args.flags['check-plan'] === true;
  if (planCheck) {
    for (const flag of ['seed', 'replications', 'result', 'report', 'timesheet', 'vary', 'analysis', 'proposals']) if (args.flags[flag] !== undefined) problems.push(`--${flag} does not apply to --check-plan (it checks the plan, it runs nothing)`);
    if (staffing) problems.push('--required-staff and --check-plan are separate commands: give one of them');
  }
  if (problems.length > 0) throw new UsageError([...problems, USAGE]);
  const sweepFlags = vary === undefined ? undefined : { vary, replications, seed, shard: args.flags.shard as string | undefined, workers: args.flags.workers as number | undefined };
  // A bad --vary is reported before the scenario is even read.
  if (sweepFlags) planSweep(sweepFlags);

  const scenario = loadScenarioFile(args.positional[0]);
  if (staffing) {
    const table = requiredStaff(scenario, staffing);
    process.stdout.write((args.flags.json ? JSON.stringify(table) : formatRequiredStaff(table)) + '\n');
    return 0;
  }
  const commands = args.flags.commands ? loadCommandLog(args.flags.commands as string, { allowDay: scenario.days !== undefined }) : undefined;
  if (planCheck) {
    const check = checkPlan(scenario, commands ?? []);
    process.stdout.write((args.flags.json ? JSON.stringify({ scenario: scenario.id, ...check }) : formatPlanCheck(scenario.id, check)) + '\n');
    return 0;
  }
  // Inputs read and outputs checked before the run, so a bad path does not cost a whole shift.
  if (sweepFlags) {
    const lines = await sweepLines(scenario, args.positional[0], sweepFlags, commands);
    process.stdout.write(lines.map((l) => l + '\n').join(''));
    return 0;
  }
  if (scenario.days !== undefined) {
    for (const flag of ['replications', 'report', 'vary']) if (args.flags[flag] !== undefined) throw new UsageError([`--${flag} does not apply to a multi-day run yet ("days" in the scenario)`, USAGE]);
    const timesheet = args.flags.timesheet as string | undefined;
    for (const file of [args.flags.result, timesheet]) if (typeof file === 'string') assertWritable(file);
    const campaign = createCampaign(scenario, { seed, commands });
    while (campaign.startDay()) campaign.endDay();
    const run = campaign.result();
    if (timesheet) writeOutputFile(timesheet, renderTimesheetCsv(campaign.timesheet()));
    if (args.flags.result) {
      const text = (flag: string) => (args.flags[flag] ? readInputFile(args.flags[flag] as string) : undefined);
      writeOutputFile(args.flags.result as string, JSON.stringify(makeResultFile(scenario, commands ?? [], run, { analysis: text('analysis'), proposals: text('proposals') }), null, 1) + '\n');
    }
    process.stdout.write((args.flags.json ? JSON.stringify(run) : formatCampaignTable(run)) + '\n');
    return 0;
  }
  const text = (flag: string) => (args.flags[flag] ? readInputFile(args.flags[flag] as string) : undefined);
  const trainee = { analysis: text('analysis'), proposals: text('proposals') };
  const timesheet = args.flags.timesheet as string | undefined;
  for (const file of [args.flags.result, report, timesheet]) if (typeof file === 'string') assertWritable(file);
  let rows: TimesheetRow[] = [];
  const out = runScenario(scenario, { seed, commands, replications, finished: (sim) => { if (timesheet) rows = sim.timesheet(); } });
  if (timesheet) writeOutputFile(timesheet, renderTimesheetCsv(rows));
  if (args.flags.result) {
    const { wallMs: _w, replications: _r, ...result } = out;
    writeOutputFile(args.flags.result as string, JSON.stringify(makeResultFile(scenario, commands ?? [], result, trainee), null, 1) + '\n');
  }
  if (report) {
    writeReport(report, { scenario, result: out, seed: out.seed, lang: lang as 'en' | 'fr', ...trainee });
  }
  if (args.flags.json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stdout.write(formatTable(scenario, out) + '\n');
  return 0;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
