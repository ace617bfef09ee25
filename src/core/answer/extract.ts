/**
 * Final-answer extraction from a model response (CoT, PoT or ToRA/LCE format).
 *
 * Priority, highest first; the first level that yields anything wins:
 *   1. `\boxed{…}` / `\fbox{…}` (balanced braces; also the brace-less `\boxed 5`) — the last one is the answer.
 *   2. "The answer is …", "final answer is …", "Answer: …", GSM8K's "#### …" — the last one.
 *   3. The last ```` ```output ```` block (ToRA) — execution output, only when nothing above exists.
 * `candidates` lists every candidate of the winning level, in order, so the critic can see a
 * response that commits to two different answers. For execution output only the last block is a
 * candidate: earlier blocks are intermediate work, not answers.
 */

/** Where the final answer came from. */
export type AnswerSource = 'boxed' | 'answer-is' | 'output' | 'none';

/** The final answer of a response, with every competing candidate at the same level. */
export interface ExtractedAnswer {
  answer: string | null;
  source: AnswerSource;
  candidates: string[];
}

const BOX_COMMANDS = ['\\boxed', '\\fbox'];

/** Reads a balanced `{…}` group starting at `open` (which must be `{`); returns its end index or -1. */
export function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++; // an escaped brace (`\{`) does not count
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** All `\boxed{…}` / `\fbox{…}` contents in order of appearance. */
export function findBoxed(text: string): string[] {
  if (!text.includes('\\boxed') && !text.includes('\\fbox')) return [];
  const found: { at: number; body: string }[] = [];
  for (const cmd of BOX_COMMANDS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(cmd, from);
      if (at < 0) break;
      let i = at + cmd.length;
      from = i;
      if (/[A-Za-z]/.test(text[i] ?? '')) continue; // `\boxedsomething` is another command
      while (text[i] === ' ') i++;
      if (text[i] === '{') {
        const end = matchBrace(text, i);
        if (end < 0) continue; // unbalanced: a truncated response has no usable box here
        found.push({ at, body: text.slice(i + 1, end).trim() });
        from = end + 1;
      } else if (i > at + cmd.length) {
        // `\boxed 5` (MATH solutions use it): one token up to whitespace, `$` or end.
        const m = /^[^\s$]+/.exec(text.slice(i));
        if (m) found.push({ at, body: m[0] });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.body).filter((b) => b.length > 0);
}

// "The answer is: 42." / "the final answer is $\frac12$" / "Final Answer: 7" / "#### 18".
const ANSWER_IS = /\b(?:final\s+)?answer\s*(?:is|:)\s*:?|^[ \t]*#{4}[ \t]/gim;

/** Cleans the text after "the answer is": up to the sentence end, without wrappers and trailing dots. */
export function cleanAnswerPhrase(raw: string): string {
  let s = raw.trim();
  // Stop at a sentence boundary (". " followed by more text) but keep decimals like "3.5".
  const stop = /\.(?:\s+[A-Z(]|\s*$)/.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/(^|\s)\*\*([^*\s][^*]*)\*\*(?=$|\s|[.,;:!?])/g, '$1$2').replace(/^\*+\s*|\s*\*+$/g, '').trim(); // `**Final Answer:** 18`, not `x**2`
  s = s.replace(/[.;,\s]+$/, '');
  const dollars = /^\$+([^$]*)\$+$/.exec(s);
  if (dollars) s = dollars[1]!.trim();
  const paren = /^\\\((.*)\\\)$/.exec(s) ?? /^\\\[(.*)\\\]$/.exec(s);
  if (paren) s = paren[1]!.trim();
  return s.replace(/[.;,\s]+$/, '');
}

/** Every "the answer is …" phrase in order (several may share a line). */
export function findAnswerPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ANSWER_IS)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('\n', start);
    const cleaned = cleanAnswerPhrase(text.slice(start, end < 0 ? text.length : end));
    if (cleaned.length > 0) out.push(cleaned);
  }
  return out;
}

const OUTPUT_BLOCK = /```output[ \t]*\r?\n([\s\S]*?)(?:```|$)/g;

/** Contents of every ```` ```output ```` block, in order (an unterminated last block counts). */
export function findOutputBlocks(text: string): string[] {
  if (!text.includes('```output')) return [];
  return [...text.matchAll(OUTPUT_BLOCK)].map((m) => (m[1] ?? '').trim());
}

/** Extracts the final answer of `response` (see the module comment for the priority). */
export function extractAnswer(response: string): ExtractedAnswer {
  const boxed = findBoxed(response);
  if (boxed.length > 0) return { answer: boxed[boxed.length - 1]!, source: 'boxed', candidates: boxed };
  const phrases = findAnswerPhrases(response.includes('```') ? stripCode(response) : response);
  if (phrases.length > 0) return { answer: phrases[phrases.length - 1]!, source: 'answer-is', candidates: phrases };
  const outputs = findOutputBlocks(response).filter((o) => o.length > 0);
  const last = outputs[outputs.length - 1];
  // An exception is not an answer, and an earlier output is intermediate work: no answer then.
  if (last !== undefined && !isErrorOutput(last)) return { answer: last, source: 'output', candidates: [last] };
  return { answer: null, source: 'none', candidates: [] };
}

/** A Python traceback or an `XxxError: …` line printed by the sandbox. */
export function isErrorOutput(text: string): boolean {
  return /^Traceback \(most recent call last\)/m.test(text) || /^(?:[A-Za-z_.]*(?:Error|Exception)|KeyboardInterrupt)(?::|$)/m.test(text.split('\n').pop() ?? '');
}

/** Drops fenced code so a `# the answer is x` comment inside a program is not taken as an answer. */
function stripCode(text: string): string {
  const kept: string[] = [];
  let inCode = false;
  let inFence = false;
  for (const line of text.split('\n')) {
    const fence = /^\s*```\s*([A-Za-z0-9_-]*)/.exec(line);
    if (fence) {
      if (inFence) {
        inFence = false;
        inCode = false;
      } else {
        inFence = true;
        inCode = fence[1] !== 'output';
      }
      continue;
    }
    if (!inCode) kept.push(line);
  }
  return kept.join('\n');
}
