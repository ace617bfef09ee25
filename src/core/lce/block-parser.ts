/**
 * Streaming block parser for one generation round. Tokens go in; visible text deltas, text/code
 * block boundaries and a detected stop string come out.
 *
 * Why it holds text back:
 * - a stop string can arrive split across tokens ("``" + "`output"), and some engines stream a
 *   prefix of it before they notice (web-llm): the shared stop scanner (`stop-scanner.ts`) withholds
 *   any end of the text that could still become a stop string until it cannot;
 * - a fence line ("```python", "```") is only known when its line ends, so a line that could still
 *   become a fence is withheld too, and fences never appear in token deltas.
 * Engines that echo the stop string, or ignore it and go on inventing an output block, are cut at
 * the first stop string (`stopped` is then set and the caller should stop reading the engine).
 */
import type { Block } from '../transcript';
import { createStopScanner } from './stop-scanner';

/** What the parser reports while streaming. */
export type ParserEvent =
  | { kind: 'block-start'; blockType: 'text' | 'code' }
  | { kind: 'delta'; text: string }
  | { kind: 'block-end'; block: Block; unterminated?: boolean };

/** Languages whose fenced blocks are executable code. An untagged fence counts as Python (MathCoder style). */
const CODE_LANGS = new Set(['', 'python', 'py', 'python3', 'sympy']);
const FENCE = /^[ \t]*```[ \t]*([\w+.-]*)[ \t]*\r?$/;
/** A line start that could still grow into a fence (FENCE allows spaces before the tag, so this must too). */
const FENCE_PREFIX = /^[ \t]*(?:`{1,2}|```[ \t]*[\w+.-]*[ \t]*\r?)?$/;
const CLOSE_FENCE = /^[ \t]*```[ \t]*\r?$/;

/** The final state of a round once the stream ended. */
export interface ParsedRound {
  /** The raw text of the round, cut before the stop string if one was found. */
  raw: string;
  blocks: Block[];
  /** The stop string found in the text itself (echoed or ignored by the engine), or null. */
  stop: string | null;
  /** True when the round ended inside a code block (e.g. at the token limit). */
  unterminatedCode: boolean;
  /** True when the text ends with a closed code block followed by whitespace only. */
  endsWithCode: boolean;
}

/**
 * Creates a parser for one round. `stops` are the stop strings sent to the engine. A state machine
 * in one closure on purpose, though longer than our 80-line aim: its small helpers (delta,
 * closeBlock, completeLine, advance) all read and move the same cursor and block state.
 */
export function createBlockParser(stops: readonly string[]) {
  const scanner = createStopScanner(stops);
  /** The round's text so far, without the tail the scanner holds back. */
  let raw = '';
  /** Start of the current (incomplete) line, and how much of it was already emitted. */
  let lineStart = 0;
  let emittedTo = 0;
  let state: 'text' | 'code' | 'other-fence' = 'text';
  let current: { type: 'text' | 'code'; content: string; started: boolean } = { type: 'text', content: '', started: false };
  const blocks: Block[] = [];
  let lastClosedCodeEnd = -1;

  function delta(out: ParserEvent[], text: string): void {
    if (!text) return;
    if (!current.started) {
      // A text block opens only at its first visible character: blank lines between blocks are not blocks.
      if (current.type === 'text' && text.trim() === '') {
        current.content += text;
        return;
      }
      current.started = true;
      out.push({ kind: 'block-start', blockType: current.type });
    }
    current.content += text;
    out.push({ kind: 'delta', text });
  }

  function closeBlock(out: ParserEvent[], unterminated = false): void {
    const content = current.type === 'text' ? current.content.trim() : current.content.replace(/\r?\n$/, '');
    if (current.type === 'code' || content !== '') {
      if (!current.started) out.push({ kind: 'block-start', blockType: current.type });
      const block: Block = { type: current.type, content };
      blocks.push(block);
      out.push(unterminated ? { kind: 'block-end', block, unterminated } : { kind: 'block-end', block });
    }
    current = { type: state === 'code' ? 'code' : 'text', content: '', started: false };
  }

  /** Handles one complete line (with its newline, unless it is the very last line). */
  function completeLine(out: ParserEvent[], line: string, lineEnd: number): void {
    const body = line.replace(/\n$/, '');
    const unseen = line.slice(emittedTo - lineStart);
    if (state === 'code' && CLOSE_FENCE.test(body)) {
      closeBlock(out);
      state = 'text';
      current = { type: 'text', content: '', started: false };
      lastClosedCodeEnd = lineEnd;
    } else if (state === 'text' && FENCE.test(body) && CODE_LANGS.has((FENCE.exec(body)?.[1] ?? '').toLowerCase())) {
      closeBlock(out);
      state = 'code';
      current = { type: 'code', content: '', started: true };
      out.push({ kind: 'block-start', blockType: 'code' });
    } else {
      if (state === 'text' && FENCE.test(body)) state = 'other-fence';
      else if (state === 'other-fence' && CLOSE_FENCE.test(body)) state = 'text';
      delta(out, unseen);
    }
    lineStart = lineEnd;
    emittedTo = lineEnd;
  }

  /** Processes raw[lineStart .. limit): complete lines, then the safe part of the open line. */
  function advance(out: ParserEvent[], limit: number, final: boolean): void {
    for (;;) {
      const nl = raw.indexOf('\n', lineStart);
      if (nl < 0 || nl >= limit) break;
      completeLine(out, raw.slice(lineStart, nl + 1), nl + 1);
    }
    if (final) {
      if (limit > lineStart) completeLine(out, raw.slice(lineStart, limit), limit);
      return;
    }
    const partial = raw.slice(lineStart, limit);
    if (FENCE_PREFIX.test(partial)) return; // might still become a fence: wait for the line to end
    delta(out, raw.slice(emittedTo, limit));
    emittedTo = limit;
  }

  return {
    /** Feeds one token's text; returns what became visible. */
    push(text: string): ParserEvent[] {
      const out: ParserEvent[] = [];
      if (scanner.stop !== null || !text) return out;
      raw += scanner.push(text).emit;
      advance(out, raw.length, false);
      return out;
    },
    /** True once a stop string showed up in the text: stop reading the engine. */
    get stopped(): boolean {
      return scanner.stop !== null;
    },
    /**
     * Ends the round: flushes withheld text and closes the open block. `dropStopPrefix` names stop
     * strings the engine stopped on: a trailing piece of one (web-llm streams "```" of "```output"
     * before it notices the stop) is then dropped instead of flushed — it was never shown.
     */
    finish(dropStopPrefix: readonly string[] = []): { events: ParserEvent[]; round: ParsedRound } {
      const out: ParserEvent[] = [];
      // Inside a code block a trailing "```" is its closing fence (an engine may have withheld the
      // newline after it), not a leaked stop string.
      raw += scanner.end(state === 'code' ? [] : dropStopPrefix);
      advance(out, raw.length, true);
      const unterminatedCode = state === 'code';
      closeBlock(out, unterminatedCode);
      const endsWithCode = lastClosedCodeEnd >= 0 && raw.slice(lastClosedCodeEnd).trim() === '' && !unterminatedCode;
      return { events: out, round: { raw, blocks: [...blocks], stop: scanner.stop, unterminatedCode, endsWithCode } };
    },
  };
}

/** The type of a parser made by `createBlockParser`. */
export type BlockParser = ReturnType<typeof createBlockParser>;
