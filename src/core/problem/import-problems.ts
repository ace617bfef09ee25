/** Reads a problem set file (JSONL, a JSON array, CSV or TSV) into problems, keeping every bad line as an issue. */
import { csvParse, tsvParse } from 'd3-dsv';
import { problemFromRecord, QUESTION_FIELDS } from './record';
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

/**
 * 1-based line of a CSV/TSV quote that is never closed, or null. A lenient parser would read the
 * rest of the file into that one cell, silently merging every line after it.
 */
export function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (openedAt !== null) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') openedAt = null;
      if (c === '\n') line++;
      continue;
    }
    if (c === '"' && atFieldStart) openedAt = line;
    if (c === '\n') line++;
    atFieldStart = c === ',' || c === '\t' || c === '\n' || (c === '\r' && text[i + 1] === '\n');
  }
  return openedAt;
}

function tableIssues(text: string, columns: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (!columns.some((c) => (QUESTION_FIELDS as readonly string[]).includes(c))) {
    issues.push({ kind: 'bad-record', line: 1, reason: `the header has no question column (found ${columns.map((c) => JSON.stringify(c)).join(', ') || 'none'}; looked for ${QUESTION_FIELDS.join(', ')})` });
  }
  const quote = unclosedQuoteLine(text);
  if (quote !== null) issues.push({ kind: 'bad-record', line: quote, reason: 'a quoted cell is never closed, so everything after it was read as one cell; close the quote' });
  return issues;
}

/** Imports a problem set. `source` names it (e.g. "gsm8k") and prefixes every problem id. */
export function importProblems(input: string, source: string, format: ProblemFileFormat = detectFormat(input)): ImportResult {
  // A byte-order mark (Excel's CSV, Notepad's UTF-8) is not part of the first field or line.
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { format, problems: [], issues: [{ kind: 'bad-record', line: 1, reason: 'the file is empty' }] };
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
    const bad = tableIssues(text, rows.columns);
    issues.push(...bad);
    if (bad.some((b) => b.line === 1)) return { format, problems, issues };
    // An unclosed quote runs to the end of the file, so it is in the last row: that row is not kept.
    const usable = bad.length ? rows.slice(0, -1) : rows;
    // Header is line 1; rows start at line 2 (quoted multi-line cells make this approximate).
    usable.forEach((row, i) => add({ ...row }, i + 2, i));
    issues.sort((a, b) => a.line - b.line);
  }
  if (problems.length === 0 && issues.length === 0) issues.push({ kind: 'bad-record', line: 1, reason: 'the file holds no problems' });
  return { format, problems, issues };
}
