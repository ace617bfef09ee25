/**
 * The streaming problem-set importer: chunks of text in (a file read piece by piece, a paste, a
 * download), problems, issues and progress out. Bad records are listed with their line and reason
 * and the good ones kept; a question seen before is merged into its first line; bytes that were
 * not UTF-8 (decoded by the caller to U+FFFD) and oversized records are reported, never buffered.
 */
import { dsvFormat } from 'd3-dsv';
import { problemFromRecord, shapeOf } from './record';
import { createDsvSplitter, createJsonArraySplitter, createLineSplitter, type RawRecord, type Splitter } from './splitters';
import type { FieldMapping, ImportCounts, ImportIssue, ImportResult, Problem, ProblemFileFormat } from './types';

/** Longest record accepted as one problem; longer ones are reported (the longest MATH problem is ~4k characters). */
export const MAX_RECORD_CHARS = 1_000_000;

export interface ImportOptions {
  /** Names the set and prefixes every problem id (`gsm8k#12`). */
  source: string;
  /** Default: detected from the first line. */
  format?: ProblemFileFormat;
  /** Which fields hold what, for a set whose shape is not recognised. */
  mapping?: FieldMapping;
  maxRecordChars?: number;
}

export interface ProblemImporter {
  push(chunk: string): void;
  finish(): ImportResult;
  readonly counts: Readonly<ImportCounts>;
  readonly charsRead: number;
}

/**
 * Guesses the format from the text's start: `[` → JSON; `{` → JSONL when the first line is a
 * whole object, else a pretty-printed JSON document; a tab in the first line → TSV; else CSV.
 * Null while the first line is not complete yet.
 */
export function formatOf(start: string, complete: boolean): ProblemFileFormat | null {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return complete ? 'jsonl' : null;
  if (text.startsWith('[')) return 'json';
  const nl = text.indexOf('\n');
  if (nl === -1 && !complete) return null;
  const first = (nl === -1 ? text : text.slice(0, nl)).trim();
  if (text.startsWith('{')) return first.endsWith('}') ? 'jsonl' : 'json';
  return first.includes('\t') ? 'tsv' : 'csv';
}

function splitterFor(format: ProblemFileFormat, max: number): Splitter {
  if (format === 'json') return createJsonArraySplitter(max);
  if (format === 'jsonl') return createLineSplitter(max);
  return createDsvSplitter(max);
}

/** Printable ASCII with single spaces: already in key form (most questions; skips two string passes). */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** The question as duplicates are recognised: Unicode-normalised, whitespace collapsed. */
function questionKey(q: string): string {
  return PLAIN.test(q) ? q : q.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function createProblemImporter(options: ImportOptions): ProblemImporter {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const problems: Problem[] = [];
  const issues: ImportIssue[] = [];
  const counts: ImportCounts = { records: 0, kept: 0, bad: 0, merged: 0, renamed: 0 };
  const byQuestion = new Map<string, { index: number; line: number }>();
  const byId = new Map<string, number>();
  let format: ProblemFileFormat | null = options.format ?? null;
  let splitter: Splitter | null = null;
  let head = '';
  let charsRead = 0;
  let shape: string | null = options.mapping ? 'mapped' : null;
  let header: string[] | null = null;
  const dsv = () => dsvFormat(format === 'tsv' ? '\t' : ',');

  const bad = (line: number, reason: string) => {
    counts.bad++;
    issues.push({ kind: 'bad-record', line, reason });
  };

  function keep(problem: Problem, line: number): void {
    const key = questionKey(problem.question);
    const first = byQuestion.get(key);
    if (first) {
      counts.merged++;
      const kept = problems[first.index]!;
      let reason = `same question as line ${first.line}; merged into it`;
      if (problem.reference !== undefined && kept.reference === undefined) {
        kept.reference = problem.reference;
        reason += `, taking this line's reference ${problem.reference}`;
      } else if (problem.reference !== undefined && problem.reference !== kept.reference) {
        reason = `same question as line ${first.line} but another reference (${problem.reference} here, ${kept.reference} there); line ${first.line} is kept`;
      }
      issues.push({ kind: 'merged', line, reason });
      return;
    }
    if (byId.has(problem.id)) {
      const was = problem.id;
      problem.id = `${was}~L${line}`;
      counts.renamed++;
      issues.push({ kind: 'renamed', line, reason: `id ${was} already names the question on line ${byId.get(was)}; imported as ${problem.id}` });
    }
    byId.set(problem.id, line);
    byQuestion.set(key, { index: problems.length, line });
    problems.push(problem);
    counts.kept++;
  }

  function record(raw: RawRecord): void {
    if (format === 'csv' || format === 'tsv') {
      if (header === null) {
        if ('tooLong' in raw) return bad(raw.line, `the header line is ${raw.tooLong.toLocaleString('en-US')} characters long`);
        header = (dsv().parseRows(raw.text)[0] ?? []).map((h) => h.trim());
        return;
      }
    }
    counts.records++;
    const index = counts.records - 1;
    if ('tooLong' in raw) return bad(raw.line, `${raw.tooLong.toLocaleString('en-US')} characters long, over the limit of ${max.toLocaleString('en-US')} for one problem`);
    const replaced = raw.text.indexOf('\uFFFD');
    if (replaced !== -1) return bad(raw.line, `has bytes that are not UTF-8 (at character ${replaced + 1}, shown as �); save the file as UTF-8`);
    let rec: unknown;
    if (format === 'csv' || format === 'tsv') {
      const values = dsv().parseRows(raw.text)[0] ?? [];
      const fields = header!;
      if (values.length > fields.length) return bad(raw.line, `has ${values.length} fields but the header has ${fields.length} (a ${format === 'tsv' ? 'tab' : 'comma'} in an unquoted field?)`);
      rec = Object.fromEntries(fields.map((f, i) => [f, values[i] ?? '']));
    } else {
      try {
        rec = JSON.parse(raw.text);
      } catch (err) {
        return bad(raw.line, `not JSON: ${(err as Error).message}`);
      }
    }
    const outcome = problemFromRecord(rec, options.source, index, options.mapping);
    if (outcome.kind === 'invalid') return bad(raw.line, outcome.reason);
    shape ??= shapeOf(rec as Record<string, unknown>);
    keep(outcome.problem, raw.line);
  }

  function feed(text: string): void {
    for (const raw of splitter!.push(text)) record(raw);
  }

  function start(complete: boolean): boolean {
    format ??= formatOf(head, complete);
    if (!format) return false;
    splitter = splitterFor(format, max);
    const text = head;
    head = '';
    feed(text);
    return true;
  }

  return {
    get counts() {
      return { ...counts };
    },
    get charsRead() {
      return charsRead;
    },
    push(chunk) {
      if (charsRead === 0) chunk = chunk.replace(/^\uFEFF/, '');
      charsRead += chunk.length;
      if (splitter) return feed(chunk);
      head += chunk;
      // Detection needs the first line; a first line past the record limit is treated as JSONL and reported by the splitter.
      if (!start(false) && head.length > max) {
        format = 'jsonl';
        start(true);
      }
    },
    finish() {
      if (!splitter) start(true);
      const { records, errors } = splitter!.finish();
      for (const raw of records) record(raw);
      for (const e of errors) bad(e.line, e.reason);
      if (counts.records === 0 && counts.bad === 0) bad(1, 'no problems found: the text is empty or holds only a header');
      return { format: format!, shape: shape ?? 'generic', problems, issues: issues.sort((a, b) => a.line - b.line), counts: { ...counts } };
    },
  };
}
