export type { Problem, FieldMapping, ReferenceFormat, ImportIssue, ImportCounts, ImportResult, ImportProgress, ProblemFileFormat } from './types';
export { importProblems, importProblemStream, detectFormat, textChunks, type StreamImportOptions } from './import-problems';
export { createProblemImporter, formatOf, MAX_RECORD_CHARS, type ImportOptions, type ProblemImporter } from './importer';
export { problemFromRecord, shapeOf, QUESTION_FIELDS, ANSWER_FIELDS, type RecordOutcome } from './record';
export { parseBundledSets, type BundledSet } from './bundled';
export { issuePlace, binarySentence } from './text-checks';
export { summariseImport, needsMapping, SUMMARY_ISSUES, type ImportSummary } from './summary';
