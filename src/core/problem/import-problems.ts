/** Reads a problem set file (JSONL, a JSON array, CSV or TSV) into problems, keeping every bad line as an issue. */
import { csvParse, tsvParse } from 'd3-dsv';
import { problemFromRecord } from './record';
import type { Problem } from './types';

export type ProblemFileFormat = 'jsonl' | 'json' | 'csv' | 'tsv';

/** A line or record that could not be used: reported, never silently dropped. */
export interface ImportIssue {
  kind: 'bad-record';
  /** 1-based line (JSONL, CSV/TSV with the header as line 1) or record number (JSON array). */
  line: number;
  reason: string;
}

export interface ImportResult {
  format: ProblemFileFormat;
  problems: Problem[];
  issues: ImportIssue[];
}

/** Guesses the format from the content: `[` → JSON array, `{` → JSONL, a tab in the header → TSV, else CSV. */
export function detectFormat(text: string): ProblemFileFormat {
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return 'jsonl';
  const header = start.split('\n', 1)[0] ?? '';
  return header.includes('\t') ? 'tsv' : 'csv';
}

/** Imports a problem set. `source` names it (e.g. "gsm8k") and prefixes every problem id. */
export function importProblems(text: string, source: string, format: ProblemFileFormat = detectFormat(text)): ImportResult {
  const problems: Problem[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  const add = (rec: unknown, line: number, index: number) => {
    const outcome = problemFromRecord(rec, source, index);
    if (outcome.kind === 'invalid') return issues.push({ kind: 'bad-record', line, reason: outcome.reason });
    if (seen.has(outcome.problem.id)) {
      return issues.push({ kind: 'bad-record', line, reason: `duplicate id ${outcome.problem.id}` });
    }
    seen.add(outcome.problem.id);
    problems.push(outcome.problem);
  };

  if (format === 'jsonl') {
    text.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '') return;
      let rec: unknown;
      try {
        rec = JSON.parse(raw);
      } catch (err) {
        issues.push({ kind: 'bad-record', line: i + 1, reason: `not JSON: ${(err as Error).message}` });
        return;
      }
      add(rec, i + 1, problems.length + issues.length);
    });
  } else if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return { format, problems, issues: [{ kind: 'bad-record', line: 1, reason: `not JSON: ${(err as Error).message}` }] };
    }
    if (!Array.isArray(data)) {
      return { format, problems, issues: [{ kind: 'bad-record', line: 1, reason: 'expected a JSON array of problems' }] };
    }
    data.forEach((rec, i) => add(rec, i + 1, i));
  } else {
    const rows = (format === 'tsv' ? tsvParse : csvParse)(text);
    // Header is line 1; rows start at line 2 (quoted multi-line cells make this approximate).
    rows.forEach((row, i) => add({ ...row }, i + 2, i));
  }
  return { format, problems, issues };
}
