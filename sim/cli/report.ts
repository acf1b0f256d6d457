/**
 * `--report out.html|out.json|out.csv`: the shift report of a run, in the
 * format the file name's extension asks for.
 */
import { createSimulation, type Scenario } from '../index';
import { buildReport, renderReport, reportFormatOf, type ReportLang, type ReportResult } from '../report/index';
import { writeOutputFile } from './io';

export { reportFormatOf };

export interface ReportRequest {
  readonly scenario: Scenario;
  readonly result: ReportResult;
  readonly seed: number;
  readonly lang: ReportLang;
  readonly analysis?: string;
  readonly proposals?: string;
}

export function writeReport(file: string, req: ReportRequest): void {
  const format = reportFormatOf(file);
  if (!format) throw new Error(`not a report file name: ${file}`);
  // The advisers' names, as the engine generates them (nothing needs to run for that).
  const names = Object.fromEntries(createSimulation(req.scenario, { seed: req.seed }).snapshot().advisers.map((a) => [a.id, a.name]));
  const model = buildReport({ scenario: req.scenario, result: req.result, lang: req.lang, analysis: req.analysis, proposals: req.proposals, adviserNames: names });
  writeOutputFile(file, renderReport(model, format));
}
