/**
 * Streaming record splitters: text arrives in chunks of any size and complete records come out
 * with the line they start on. Nothing ever holds the whole file, and a record longer than
 * `maxChars` is counted and reported instead of being buffered (a 50 MB line cannot stall a tab).
 */

/**
 * A record's text and where it starts, or — past the size limit — only its length (and, from the
 * line splitter, its double quotes). The JSON splitter also numbers its elements from 1.
 */
export type RawRecord = ({ line: number; text: string } | { line: number; tooLong: number; quotes?: number }) & { element?: number };

export interface Splitter {
  push(chunk: string): RawRecord[];
  /** The last record (no newline at the end) and any errors about how the text ended. */
  finish(): { records: RawRecord[]; errors: Array<{ line: number; reason: string }> };
}

/** Lines (without `\n` / `\r\n`), numbered from 1; blank lines are skipped unless `keepBlank`. */
export function createLineSplitter(maxChars: number, keepBlank = false): Splitter {
  let parts: string[] = [];
  let size = 0;
  let droppedQuotes = 0;
  let line = 1;
  const emit = (out: RawRecord[], tail: string) => {
    const total = size + tail.length;
    if (total > maxChars) out.push({ line, tooLong: total, quotes: droppedQuotes + countQuotes(parts.join('')) + countQuotes(tail) });
    else {
      const text = (parts.length ? parts.join('') + tail : tail).replace(/\r$/, '');
      if (keepBlank || text.trim() !== '') out.push({ line, text });
    }
    parts = [];
    size = 0;
    droppedQuotes = 0;
    line++;
  };
  const keep = (piece: string) => {
    // Past the limit only the length and the quotes are counted: the text of an oversized line is dropped as it arrives.
    if (size + piece.length <= maxChars) parts.push(piece);
    else {
      droppedQuotes += countQuotes(parts.join('')) + countQuotes(piece);
      parts = [];
    }
    size += piece.length;
  };
  return {
    push(chunk) {
      const out: RawRecord[] = [];
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
        emit(out, chunk.slice(start, nl));
        start = nl + 1;
      }
      if (start < chunk.length) keep(chunk.slice(start));
      return out;
    },
    finish() {
      const out: RawRecord[] = [];
      if (size > 0) emit(out, '');
      return { records: out, errors: [] };
    },
  };
}

/**
 * CSV/TSV records: lines joined until their double quotes balance, since a quoted field may hold
 * newlines (RFC 4180; an escaped quote `""` keeps the count even). Quotes are counted even in
 * lines too long to keep, so a huge quoted field is one oversized record, not several.
 */
export function createDsvSplitter(maxChars: number): Splitter {
  // Blank lines come out too: inside a quoted field they are data.
  const lines = createLineSplitter(maxChars, true);
  let open: { line: number; parts: string[] | null; size: number; quotes: number } | null = null;
  const take = (records: RawRecord[]): RawRecord[] => {
    const out: RawRecord[] = [];
    for (const r of records) {
      const text = 'text' in r ? r.text : null;
      const cur = open ?? { line: r.line, parts: [], size: -1, quotes: 0 };
      cur.size += (text === null ? (r as { tooLong: number }).tooLong : text.length) + 1;
      cur.quotes += text === null ? ((r as { quotes?: number }).quotes ?? 0) : countQuotes(text);
      if (cur.parts && text !== null && cur.size <= maxChars) cur.parts.push(text);
      else cur.parts = null;
      if (cur.quotes % 2 === 1) {
        open = cur;
        continue;
      }
      open = null;
      if (!cur.parts) out.push({ line: cur.line, tooLong: cur.size });
      else if (cur.parts.some((p) => p.trim() !== '')) out.push({ line: cur.line, text: cur.parts.join('\n') });
    }
    return out;
  };
  return {
    push: (chunk) => take(lines.push(chunk)),
    finish() {
      const records = take(lines.finish().records);
      const unclosed = 'a quoted field opened here is never closed';
      const left = open as { line: number; parts: string[] | null } | null;
      open = null;
      if (!left) return { records, errors: [] };
      if (!left.parts) return { records, errors: [{ line: left.line, reason: unclosed }] };
      // The quote swallowed every line after it: report its line, then read those lines again without it.
      const again = createDsvSplitter(maxChars);
      const pushed = again.push(left.parts.slice(1).join('\n'));
      const tail = again.finish();
      return {
        records: [...records, ...[...pushed, ...tail.records].map((r) => ({ ...r, line: r.line + left.line }))],
        errors: [{ line: left.line, reason: unclosed }, ...tail.errors.map((e) => ({ ...e, line: e.line + left.line }))],
      };
    },
  };
}

function countQuotes(text: string): number {
  let n = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) n++;
  return n;
}

const QUOTE = 34, BACKSLASH = 92, NEWLINE = 10, COMMA = 44;
const OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The elements of a JSON array, one at a time: the document's top-level array, or the first array
 * held by a top-level object (`{"problems": [ … ]}`). A scanner tracks strings and nesting, so an
 * element is cut out without parsing the rest of the document.
 */
export function createJsonArraySplitter(maxChars: number): Splitter {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let topIsObject = false;
  let arrayDepth = -1;
  let closed = false;
  let line = 1;
  let elements = 0;
  let elem: { line: number; element: number; parts: string[]; size: number } | null = null;

  const end = (out: RawRecord[], tail: string) => {
    const e = elem!;
    const size = e.size + tail.length;
    out.push(size > maxChars ? { line: e.line, element: e.element, tooLong: size } : { line: e.line, element: e.element, text: e.parts.join('') + tail });
    elem = null;
  };

  return {
    push(chunk) {
      const out: RawRecord[] = [];
      let from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === NEWLINE) line++;
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) inString = false;
          continue;
        }
        if (closed) continue;
        if (arrayDepth === -1) {
          if (c === QUOTE) inString = true;
          else if (c === OPEN_BRACE) {
            if (depth === 0) topIsObject = true;
            depth++;
          } else if (c === CLOSE_BRACE) depth--;
          else if (c === OPEN_BRACKET) {
            depth++;
            if (depth === 1 || (depth === 2 && topIsObject)) arrayDepth = depth;
          } else if (c === CLOSE_BRACKET) depth--;
          continue;
        }
        if (!elem && depth === arrayDepth) {
          if (isSpace(c) || c === COMMA) continue;
          if (c === CLOSE_BRACKET) {
            depth--;
            closed = true;
            continue;
          }
          elem = { line, element: ++elements, parts: [], size: 0 };
          from = i;
        }
        if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if ((c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth === arrayDepth) {
          end(out, chunk.slice(from, i));
          if (c === CLOSE_BRACKET) {
            depth--;
            closed = true;
          }
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
      }
      if (elem) {
        const e = elem as { parts: string[]; size: number };
        const rest = chunk.slice(from);
        if (e.size + rest.length <= maxChars) e.parts.push(rest);
        else e.parts = [];
        e.size += rest.length;
      }
      return out;
    },
    finish() {
      const out: RawRecord[] = [];
      if (elem) end(out, '');
      if (arrayDepth === -1) return { records: out, errors: [{ line: 1, reason: 'no array of problems in this JSON (expected [ {…}, … ] or an object holding one)' }] };
      if (!closed) return { records: out, errors: [{ line, reason: 'the JSON array is cut off: its closing ] is missing' }] };
      return { records: out, errors: elements === 0 ? [{ line: 1, reason: 'the JSON array is empty: it holds no problems' }] : [] };
    },
  };
}
