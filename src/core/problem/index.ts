export type { Problem } from './types';
export { importProblems, detectFormat, type ImportIssue, type ImportResult, type ProblemFileFormat } from './import-problems';
export { problemFromRecord, type RecordOutcome } from './record';
