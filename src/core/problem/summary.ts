/**
 * What the page shows of an import: everything but the problems, and only the first notes. The
 * problems stay where they were read (the problem worker) until saved, so a 50 MB set is never
 * cloned into the page; the summary is a few kilobytes however large or broken the file was.
 */
import type { ImportIssue, ImportResult } from './types';

/** Notes listed on the page (and kept with a saved set); the rest are counted. */
export const SUMMARY_ISSUES = 200;

export interface ImportSummary extends Omit<ImportResult, 'problems' | 'issues'> {
  /** The first `SUMMARY_ISSUES` notes, in line order. */
  issues: ImportIssue[];
  /** All the notes, shown and not. */
  issueCount: number;
  /** Nothing was kept and the records had no question: a field mapping is offered at once. */
  needsMapping: boolean;
}

/** Whether a result looks like a shape the importer does not know: nothing kept, and records had no question. */
export function needsMapping(result: Pick<ImportResult, 'counts' | 'fields' | 'issues'>): boolean {
  if (result.counts.kept > 0 || result.fields.length === 0) return false;
  return result.issues.some((i) => /no question field|no question column|no column/.test(i.reason));
}

/** The summary of `result` (judged on every note, not only the ones kept). */
export function summariseImport(result: ImportResult): ImportSummary {
  const { problems: _problems, issues, ...rest } = result;
  return { ...rest, counts: { ...rest.counts }, fields: [...rest.fields], issues: issues.slice(0, SUMMARY_ISSUES), issueCount: issues.length, needsMapping: needsMapping(result) };
}
