/**
 * The streaming problem-set importer: chunks of text in (a file read piece by piece, a paste, a
 * download), problems, issues and progress out. Bad records are listed with their line and reason
 * and the good ones kept; a question seen before is merged into its first line; bytes that were
 * not UTF-8 (decoded by the caller to U+FFFD) and oversized records are reported, never buffered.
 */
import { dsvFormat } from 'd3-dsv';
import { problemFromRecord, QUESTION_FIELDS, shapeOf } from './record';
import { createDsvSplitter, createJsonArraySplitter, createLineSplitter, type RawRecord, type Splitter } from './splitters';
import { binarySentence, emptySentence, issuePlace } from './text-checks';
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

/** Object records whose keys are gathered for `fields`: enough to see a set's shape. */
const FIELD_SAMPLE = 50;

const quoted = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ') || 'none';

/** Where a record is: its line, and in a JSON array its element. */
type Place = { line: number; element?: number };

/** The question as duplicates are recognised: Unicode-normalised, whitespace collapsed. */
function questionKey(q: string): string {
  return PLAIN.test(q) ? q : q.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function createProblemImporter(options: ImportOptions): ProblemImporter {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const problems: Problem[] = [];
  const issues: ImportIssue[] = [];
  const counts: ImportCounts = { records: 0, kept: 0, bad: 0, merged: 0, renamed: 0 };
  const byQuestion = new Map<string, { index: number; place: Place }>();
  const byId = new Map<string, Place>();
  const fields = new Set<string>();
  let sampled = 0;
  let format: ProblemFileFormat | null = options.format ?? null;
  let splitter: Splitter | null = null;
  let head = '';
  let charsRead = 0;
  let sawText = false;
  let blankLines = 0;
  let endsInNewline = false;
  /** A sentence about the whole file (binary) after which nothing more is read. */
  let refused: string | null = null;
  /** A CSV/TSV header that names no question column: its rows cannot be read, which is said once. */
  let headerProblem: string | null = null;
  /** The header line itself was over the limit: no field mapping helps then. */
  let headerTooLong = false;
  let shape: string | null = options.mapping ? 'mapped' : null;
  let header: string[] | null = null;
  const dsv = () => dsvFormat(format === 'tsv' ? '\t' : ',');

  const issue = (kind: ImportIssue['kind'], place: Place, reason: string) => {
    issues.push({ kind, line: place.line, ...(place.element !== undefined ? { element: place.element } : {}), reason });
  };
  const bad = (place: Place, reason: string) => {
    counts.bad++;
    issue('bad-record', place, reason);
  };

  function keep(problem: Problem, place: Place): void {
    const key = questionKey(problem.question);
    const first = byQuestion.get(key);
    if (first) {
      counts.merged++;
      const kept = problems[first.index]!;
      const there = issuePlace(first.place);
      let reason = `same question as ${there}; merged into it`;
      if (problem.reference !== undefined && kept.reference === undefined) {
        kept.reference = problem.reference;
        reason += `, taking this ${place.element === undefined ? 'line' : 'element'}'s reference ${problem.reference}`;
      } else if (problem.reference !== undefined && problem.reference !== kept.reference) {
        reason = `same question as ${there} but another reference (${problem.reference} here, ${kept.reference} there); ${there} is kept`;
      }
      issue('merged', place, reason);
      return;
    }
    if (byId.has(problem.id)) {
      const was = problem.id;
      // An element number is unique where a line is not (a one-line JSON array).
      problem.id = place.element === undefined ? `${was}~L${place.line}` : `${was}~E${place.element}`;
      counts.renamed++;
      issue('renamed', place, `id ${was} already names the question on ${issuePlace(byId.get(was)!)}; imported as ${problem.id}`);
    }
    byId.set(problem.id, place);
    byQuestion.set(key, { index: problems.length, place });
    problems.push(problem);
    counts.kept++;
  }

  /** Checks the CSV/TSV header names the column(s) the questions are read from. */
  function checkHeader(columns: string[]): string | null {
    const wanted = options.mapping ? [options.mapping.question].flat() : null;
    if (wanted) {
      const missing = wanted.filter((f) => !columns.includes(f));
      return missing.length ? `the header has no column ${quoted(missing)} (found ${quoted(columns)})` : null;
    }
    if (columns.some((c) => (QUESTION_FIELDS as readonly string[]).includes(c))) return null;
    return `the header has no question column (found ${quoted(columns)}; looked for ${QUESTION_FIELDS.join(', ')})`;
  }

  function sampleFields(rec: unknown): void {
    if (sampled >= FIELD_SAMPLE || typeof rec !== 'object' || rec === null || Array.isArray(rec)) return;
    sampled++;
    for (const k of Object.keys(rec)) fields.add(k);
  }

  function record(raw: RawRecord): void {
    const place: Place = raw.element === undefined ? { line: raw.line } : { line: raw.line, element: raw.element };
    if (format === 'csv' || format === 'tsv') {
      if (header === null) {
        if ('tooLong' in raw) {
          // No column can be known, so no row can be read: taking the next row as the header would
          // misname the columns and blame that row.
          header = [];
          headerProblem = `the header line is ${raw.tooLong.toLocaleString('en-US')} characters long, over the limit of ${max.toLocaleString('en-US')} for one line`;
          headerTooLong = true;
          return;
        }
        header = (dsv().parseRows(raw.text)[0] ?? []).map((h) => h.trim());
        for (const h of header) fields.add(h);
        headerProblem = checkHeader(header);
        return;
      }
    }
    counts.records++;
    const index = counts.records - 1;
    if (headerProblem !== null) {
      counts.bad++;
      return;
    }
    if ('tooLong' in raw) return bad(place, `${raw.tooLong.toLocaleString('en-US')} characters long, over the limit of ${max.toLocaleString('en-US')} for one problem`);
    const replaced = raw.text.indexOf('\uFFFD');
    if (replaced !== -1) return bad(place, `has bytes that are not UTF-8 (at character ${replaced + 1}, shown as �); save the file as UTF-8`);
    let rec: unknown;
    if (format === 'csv' || format === 'tsv') {
      const values = dsv().parseRows(raw.text)[0] ?? [];
      const columns = header!;
      if (values.length > columns.length) return bad(place, `has ${values.length} fields but the header has ${columns.length} (a ${format === 'tsv' ? 'tab' : 'comma'} in an unquoted field?)`);
      rec = Object.fromEntries(columns.map((f, i) => [f, values[i] ?? '']));
    } else {
      try {
        rec = JSON.parse(raw.text);
      } catch (err) {
        return bad(place, `not JSON: ${(err as Error).message}`);
      }
      sampleFields(rec);
    }
    const outcome = problemFromRecord(rec, options.source, index, options.mapping);
    if (outcome.kind === 'invalid') return bad(place, outcome.reason);
    shape ??= shapeOf(rec as Record<string, unknown>);
    keep(outcome.problem, place);
  }

  function feed(text: string): void {
    for (const raw of splitter!.push(text)) record(raw);
  }

  function start(complete: boolean): boolean {
    format ??= formatOf(head, complete);
    if (!format) return false;
    refused = binarySentence(head);
    splitter = splitterFor(format, max);
    const text = head;
    head = '';
    if (refused === null) feed(text);
    return true;
  }

  /** Follows whether anything but whitespace came yet, and how many blank lines, for the empty-file sentence. */
  function watchBlank(chunk: string): void {
    if (sawText || chunk === '') return;
    if (/\S/.test(chunk)) {
      sawText = true;
      return;
    }
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) blankLines++;
    endsInNewline = chunk.endsWith('\n');
  }

  /** The one sentence for a file that gave no record at all, or null. */
  function nothingSentence(): string | null {
    if (counts.records > 0 || counts.bad > 0 || headerProblem !== null) return null;
    const empty = emptySentence(charsRead, sawText, blankLines + (endsInNewline ? 0 : 1));
    if (empty) return empty;
    if (header) return `the file holds only a header (${quoted(header)}) and no rows`;
    return 'no problems found in the file';
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
      watchBlank(chunk);
      if (refused !== null) return;
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
      const result = (): ImportResult => ({
        format: format!,
        shape: shape ?? 'generic',
        problems,
        issues: issues.sort((a, b) => a.line - b.line || (a.element ?? 0) - (b.element ?? 0)),
        counts: { ...counts },
        fields: [...fields],
      });
      if (refused !== null) {
        bad({ line: 1 }, refused);
        return result();
      }
      const { records, errors } = splitter!.finish();
      for (const raw of records) record(raw);
      if (headerProblem !== null) {
        const rows = counts.records;
        const none = `${headerProblem}, so none of its ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row was' : 'rows were'} imported`;
        issue('bad-record', { line: 1 }, rows === 0 ? `${headerProblem}, and the file has no rows` : headerTooLong ? `${none}; is it a CSV file?` : `${none}; choose the question column in a field mapping`);
      }
      for (const e of errors) bad({ line: e.line }, e.reason);
      const nothing = nothingSentence();
      if (nothing) bad({ line: 1 }, nothing);
      return result();
    },
  };
}
