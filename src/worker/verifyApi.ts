/**
 * The verification worker's API: replays candidates' result files against the
 * official exams bundled with the console, one at a time, off the main thread.
 */
import { assess, officialExams, type AssessedCandidate } from './assess';
import { catalogue } from './catalogue';

export interface VerifyWorkerApi {
  verify(text: string, file: string): AssessedCandidate;
}

export function createVerifyWorkerApi(): VerifyWorkerApi {
  const official = officialExams(catalogue);
  return { verify: (text, file) => assess(text, file, official) };
}
