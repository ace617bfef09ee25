/**
 * Final-answer extraction from a model response (CoT, PoT or ToRA/LCE format).
 *
 * Chat-template debris ends the response: a model that runs past its turn (`<|im_end|>`, `</s>`,
 * `<|im_start|>user`, a made-up "Human:" turn) is cut there, so a hallucinated next turn never
 * supplies the answer. A reasoning model's `<think> … </think>` section is its working: when text
 * follows the last `</think>`, only that text is read (a "the answer is 12" it weighed and dropped while
 * thinking is no answer); with nothing after it, or no closing tag, the whole response is.
 *
 * Priority, highest first; the first level that yields anything wins:
 *   1. `\boxed{…}` / `\fbox{…}` (balanced braces; also the brace-less `\boxed 5`) — the last one is the answer.
 *   2. `<answer>…</answer>` tags (the R1-style prompt asks for them); else "The answer is …",
 *      "final answer is …", "Answer: …", GSM8K's "#### …" — the last one.
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

/** A box found in a text: where it starts and ends, and its content. */
export interface BoxAt {
  at: number;
  end: number;
  body: string;
}

/** All `\boxed{…}` / `\fbox{…}` contents in order of appearance. */
export function findBoxed(text: string): string[] {
  return findBoxesAt(text).map((b) => b.body);
}

/** All non-empty boxes with their positions, in order of appearance. */
export function findBoxesAt(text: string): BoxAt[] {
  if (!text.includes('\\boxed') && !text.includes('\\fbox')) return [];
  const found: BoxAt[] = [];
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
        found.push({ at, end: end + 1, body: text.slice(i + 1, end).trim() });
        from = end + 1;
      } else if (i > at + cmd.length) {
        // `\boxed 5` (MATH solutions use it): one token up to whitespace, `$` or end.
        const m = /^[^\s$]+/.exec(text.slice(i));
        if (m) found.push({ at, end: i + m[0].length, body: m[0] });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).filter((b) => b.body.length > 0);
}

// Tokens of chat templates (ChatML, Llama 3, Gemma, Mistral, Phi) and a made-up next turn.
const CHAT_DEBRIS = /<\|(?:im_end|im_start|endoftext|eot_id|start_header_id|end_header_id|end|user|assistant|system)\|>|<\/s>|<(?:end|start)_of_turn>|\[INST\]|\n[ \t]*(?:Human|User|USER|### (?:Human|User|Instruction)):/;

// A few-shot prompt's next "Problem:" / "Question:" line, which a base model goes on to write after its answer.
const NEXT_PROBLEM = /\n[ \t]*(?:Problem|Question)[ \t]*:/;
// An answer given before it: a box, "The final answer is …", "Final Answer: …", "The answer is …" or GSM8K's `#### n`.
const ANSWERED = /\\boxed\{|answer(?:[ \t]+is|[ \t]*:)|^[ \t]*####[ \t]/im;

/**
 * The response up to the first chat-template token, or up to a made-up next problem after its answer
 * ("Final Answer: The final answer is 2. …" then "Problem: …"): what follows is not the model's answer.
 */
export function stripChatDebris(text: string): string {
  if (!/[<[\n]/.test(text)) return text;
  const m = CHAT_DEBRIS.exec(text);
  const kept = m ? text.slice(0, m.index) : text;
  const next = NEXT_PROBLEM.exec(kept);
  return next && ANSWERED.test(kept.slice(0, next.index)) ? kept.slice(0, next.index) : kept;
}

// "The answer is: 42." / "the final answer is $\frac12$" / "Final Answer: 7" / "#### 18" / a "### Final Answer" heading.
// Four hashes are GSM8K's marker, unless they start a "#### Final Answer" heading (any level, 1 to 6: its text is no answer).
const ANSWER_IS = /\b(?:final\s+)?answer[ \t]*(?:is|:)[ \t]*:?|^[ \t]*#{4}[ \t](?![ \t]*(?:\*\*)?final\s+answer)|^[ \t]*#{1,6}[ \t]*(?:\*\*)?final\s+answer(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*$/gim;

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
  // The inner part may not close the delimiter itself: `\(2\) or \(3\)` is two values, kept as written.
  const paren = /^\\\(((?:(?!\\\)).)*)\\\)$/.exec(s) ?? /^\\\[((?:(?!\\\]).)*)\\\]$/.exec(s);
  if (paren) s = paren[1]!.trim();
  return s.replace(/[.;,\s]+$/, '');
}

/** Every "the answer is …" phrase in order (several may share a line). */
export function findAnswerPhrases(text: string): string[] {
  return findAnswerPhrasesAt(text).map((p) => p.body);
}

/** Every "the answer is …" phrase with the span of text it was read from. */
export function findAnswerPhrasesAt(text: string): BoxAt[] {
  const out: BoxAt[] = [];
  const markers = [...text.matchAll(ANSWER_IS)];
  markers.forEach((m, k) => {
    const at = m.index ?? 0;
    const start = at + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    // "for part (a) the answer is 2, and for part (b) the answer is 5": each phrase ends at the next one's clause.
    const next = markers[k + 1]?.index;
    if (next !== undefined && next < end) end = start + clauseEnd(text.slice(start, next));
    let cleaned = cleanAnswerPhrase(text.slice(start, end));
    // "Answer:" alone on its line: the answer is the next line, or the display that starts there.
    if (cleaned.length === 0 && lineEnd >= 0) {
      const next = nextLineOrDisplay(text, lineEnd + 1);
      cleaned = cleanAnswerPhrase(next.body);
      end = next.end;
    }
    if (cleaned.length > 0) out.push({ at, end, body: cleaned });
  });
  return out;
}

/** Where the first clause of `s` ends: the first `,` `;` sentence end or "and"/"but" outside brackets, else its end. */
function clauseEnd(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && (ch === ',' || ch === ';' || /^(?:\.\s|\s(?:and|but|while)\s)/.test(s.slice(i, i + 7)))) return i;
  }
  return s.length;
}

/** The first non-empty line at or after `from`; a `\[`/`$$` display is taken whole, over several lines. */
function nextLineOrDisplay(text: string, from: number): { body: string; end: number } {
  const skipped = /^\s*/.exec(text.slice(from))![0].length;
  const start = from + skipped;
  const rest = text.slice(start);
  const display = /^(\\\[|\$\$)([\s\S]*?)(\\\]|\$\$)/.exec(rest);
  if (display) return { body: display[2]!.replace(/\s*\n\s*/g, ' '), end: start + display[0].length };
  const line = rest.split('\n', 1)[0] ?? '';
  return { body: line, end: start + line.length };
}

// An R1-style prompt asks for the answer inside tags; the prompt's own empty `<answer> </answer>` echoed back is none.
const ANSWER_TAG = /<answer>([\s\S]*?)<\/answer>/g;

/** Every non-empty `<answer>…</answer>` with its span, cleaned like an answer phrase. */
function findAnswerTagsAt(text: string): BoxAt[] {
  return [...text.matchAll(ANSWER_TAG)]
    .map((m) => ({ at: m.index!, end: m.index! + m[0].length, body: cleanAnswerPhrase(m[1]!) }))
    .filter((t) => t.body.length > 0);
}

const OUTPUT_BLOCK = /```output[ \t]*\r?\n([\s\S]*?)(?:```|$)/g;

/** Contents of every ```` ```output ```` block, in order (an unterminated last block counts). */
export function findOutputBlocks(text: string): string[] {
  if (!text.includes('```output')) return [];
  return [...text.matchAll(OUTPUT_BLOCK)].map((m) => (m[1] ?? '').trim());
}

/** Where the candidates of the winning level sit, in `text` (the response without debris, and without code for phrases). */
export interface AnswerSpans {
  source: AnswerSource;
  text: string;
  spans: BoxAt[];
}

/** Finds the winning level's candidates with their spans (see the module comment for the priority). */
export function locateAnswers(whole: string): AnswerSpans {
  const response = afterThinking(stripChatDebris(whole));
  const boxes = findBoxesAt(response);
  if (boxes.length > 0) return { source: 'boxed', text: response, spans: boxes };
  const phraseText = response.includes('```') ? stripCode(response) : response;
  const tags = phraseText.includes('<answer>') ? findAnswerTagsAt(phraseText) : [];
  if (tags.length > 0) return { source: 'answer-is', text: phraseText, spans: tags };
  const phrases = /answer|#/i.test(phraseText) ? findAnswerPhrasesAt(phraseText) : [];
  if (phrases.length > 0) return { source: 'answer-is', text: phraseText, spans: phrases };
  if (!response.includes('```output')) return { source: 'none', text: response, spans: [] };
  const outputs = [...response.matchAll(OUTPUT_BLOCK)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, body: (m[1] ?? '').trim() })).filter((o) => o.body.length > 0);
  const last = outputs[outputs.length - 1];
  // An exception is not an answer, and an earlier output is intermediate work: no answer then.
  if (last !== undefined && !isErrorOutput(last.body)) return { source: 'output', text: response, spans: [last] };
  return { source: 'none', text: response, spans: [] };
}

/** The text after the last `</think>` when there is any, else the whole response (see the module comment). */
function afterThinking(response: string): string {
  const close = response.lastIndexOf('</think>');
  if (close < 0) return response;
  const after = response.slice(close + '</think>'.length);
  return after.trim().length > 0 ? after : response;
}

/** Extracts the final answer of `response` (see the module comment for the priority). */
export function extractAnswer(response: string): ExtractedAnswer {
  const { source, spans } = locateAnswers(response);
  const candidates = spans.map((s) => s.body);
  return { answer: candidates[candidates.length - 1] ?? null, source, candidates };
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
