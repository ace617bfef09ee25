/**
 * Splits a growing Markdown text into paragraphs that can no longer change and the live tail, so
 * while a block streams only its last paragraph is parsed again; the settled ones hit the memo.
 */

/**
 * Chunks of `text` cut at blank lines that lie outside fenced code and display math. Every chunk
 * but the last is settled: later tokens can only extend the last one. Joined, they give back `text`.
 */
export function splitSettled(text: string): string[] {
  const chunks: string[] = [];
  let fence: string | null = null;
  let inDisplay: '$$' | '\\]' | null = null;
  let start = 0;
  let pos = 0;
  let sawContent = false;
  /** Where a display formula that closed on the previous line ends, or -1. */
  let closeAfter = -1;
  const cut = (at: number) => {
    if (at <= start) return;
    chunks.push(text.slice(start, at));
    start = at;
    sawContent = false;
  };
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const trimmed = line.trim();
    if (closeAfter >= 0 && trimmed !== '') {
      // The line after a closed display formula has begun: the formula is settled.
      cut(closeAfter);
    }
    closeAfter = -1;
    if (fence) {
      if (trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '') fence = null;
    } else if (inDisplay) {
      if (trimmed.endsWith(inDisplay)) {
        inDisplay = null;
        // On the last line (no newline) this is never read: the loop ends.
        closeAfter = end;
      }
    } else if (/^ {0,3}(```+|~~~+)/.test(line)) {
      fence = /^ {0,3}(```+|~~~+)/.exec(line)?.[1] ?? '```';
    } else if (/^ {0,3}(?:\$\$|\\\[)/.test(line)) {
      // Display math gets chunks of its own: once closed, a big formula is never re-rendered.
      if (sawContent) cut(pos);
      const dollars = trimmed.startsWith('$$');
      const closed = dollars ? trimmed.slice(2).includes('$$') : trimmed.includes('\\]');
      if (!closed) inDisplay = dollars ? '$$' : '\\]';
      else closeAfter = end;
    } else if (trimmed === '' && sawContent) {
      // A blank line closes the paragraph only once the next line has begun (a list may continue).
      // After the last line `next` is empty, which reads as a blank line: no cut.
      const next = text.slice(end);
      if (!/^[ \t]*$/.test(next.split('\n', 1)[0] ?? '') && !/^( {2,}|\t)/.test(next)) cut(end);
    }
    if (trimmed !== '') sawContent = true;
    pos = end;
  }
  chunks.push(text.slice(start));
  return chunks;
}
