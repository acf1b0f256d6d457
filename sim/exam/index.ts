/**
 * Exams an assessor can trust: the result file format and its verification by
 * replay against the official exam. No file access: the command line and the
 * browser's verification worker both use it.
 */
export { RESULT_FORMAT, RESULT_FORMAT_V1, commandLogOf, makeResultFile, parseResultFile, type ParsedResultFile, type ParseOutcome, type ResultFile, type TraineeReport } from './resultFile';
export { verifyResult, type Finding, type FindingCode, type OfficialExam, type Verdict, type VerifyOptions, type VerifyOutcome } from './verify';
export { differences, differenceText, type Difference } from './differences';
export { scoreView, type ScoreView } from './scoreView';
