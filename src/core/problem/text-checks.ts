/**
 * What is wrong with a file as a whole, said once instead of line by line: a binary file (a zip,
 * a spreadsheet, UTF-16 text), an empty one, one of blank lines only, a header and no rows.
 */
import type { ImportIssue } from './types';

/** Characters scanned for control bytes: a binary format shows them within its first bytes. */
const BINARY_SCAN = 1024;

/** C0 control characters no text problem set holds (tab, newline, form feed and return excepted). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;

/**
 * A sentence when the start of the text (its first line, at most 1,024 characters) holds control
 * characters: a zip, an .xlsx (itself a zip), gzip, Parquet or UTF-16 text decoded as UTF-8.
 * Only the first line is looked at, so a text file with one bad line further down is still read
 * line by line (and that line reported).
 */
export function binarySentence(start: string): string | null {
  const nl = start.indexOf('\n');
  const first = start.slice(0, Math.min(nl === -1 ? start.length : nl, BINARY_SCAN));
  const at = first.search(CONTROL);
  if (at === -1) return null;
  const code = first.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  const utf16 = /^\uFFFD\uFFFD/.test(first) || /[^\u0000]\u0000[^\u0000]\u0000/.test(first);
  const guess = utf16 ? 'it looks like UTF-16 text: save it as UTF-8' : 'is it a zip, a spreadsheet (.xlsx) or a compressed file? Save the problems as .jsonl, .json, .csv or .tsv text';
  return `this is not a text file: character ${at + 1} of its first line is the control character U+${code}, which no JSONL, JSON, CSV or TSV file holds; ${guess}`;
}

/** Why a text with no records holds nothing: empty, or blank lines only. Null when it has text. */
export function emptySentence(chars: number, sawText: boolean, lines: number): string | null {
  if (chars === 0) return 'the file is empty';
  if (!sawText) return `the file holds only whitespace (${lines.toLocaleString('en-US')} blank ${lines === 1 ? 'line' : 'lines'}), no problems`;
  return null;
}

/** Where an issue is, for a sentence or a list: "line 3", or "element 2 (line 1)" in a JSON array. */
export function issuePlace(issue: Pick<ImportIssue, 'line' | 'element'>): string {
  return issue.element === undefined ? `line ${issue.line}` : `element ${issue.element} (line ${issue.line})`;
}
