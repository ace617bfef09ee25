/**
 * Converters from published transcript formats to `Recording`: ToRA's outputs (`code[0]`, one
 * tool-integrated response with ```python / ```output blocks) and MathCoder's (`debug_result`,
 * blocks with roles text / code / execution). Pure functions over parsed JSON lines.
 */
import type { Block } from '../../core/transcript';
import type { Recording } from './recording';

export interface Provenance {
  /** Prefix for ids, e.g. `tora-gsm8k`. */
  idPrefix: string;
  source: string;
  licence: string;
  model: string;
}

interface ToraLine {
  idx: number;
  question: string;
  gt: string | number;
  code: string[];
  pred?: (string | number | null)[];
}

interface MathCoderLine {
  id: string | number;
  ground_truth: { answer: string | number };
  debug_result: { role: string; content: string }[];
  completion?: string;
}

/** Converts one ToRA output line. */
export function fromToraLine(line: unknown, p: Provenance): Recording {
  const t = line as ToraLine;
  if (!t || typeof t.question !== 'string' || !Array.isArray(t.code) || typeof t.code[0] !== 'string') {
    throw new Error(`${p.source}: a line lacks "question" or "code[0]" (not a ToRA output line)`);
  }
  const pred = t.pred?.[0];
  const recordedAnswer = pred === null || pred === undefined ? undefined : String(pred);
  return {
    id: `${p.idPrefix}-${t.idx}`,
    source: `${p.source} #${t.idx}`,
    licence: p.licence,
    model: p.model,
    question: t.question,
    reference: String(t.gt),
    method: 'lce',
    blocks: splitToolIntegrated(t.code[0]),
    recordedAnswer,
    recordedCorrect: recordedAnswer === undefined ? false : sameAnswer(recordedAnswer, String(t.gt)),
  };
}

/** Converts one MathCoder output line; `correct` comes from which file it was in. */
export function fromMathCoderLine(line: unknown, p: Provenance, correct: boolean): Recording {
  const m = line as MathCoderLine;
  if (!m || !Array.isArray(m.debug_result) || !m.ground_truth) {
    throw new Error(`${p.source}: a line lacks "debug_result" or "ground_truth" (not a MathCoder output line)`);
  }
  const user = m.debug_result.find((b) => b.role === 'user');
  if (!user) throw new Error(`${p.source} #${m.id}: no user message to take the question from`);
  const blocks: Block[] = [];
  for (const b of m.debug_result) {
    const content = b.content.replace(/\r\n/g, '\n');
    if (b.role === 'text') blocks.push({ type: 'text', content });
    else if (b.role === 'code') blocks.push({ type: 'code', content });
    else if (b.role === 'execution') blocks.push({ type: 'output', content });
  }
  // MathCoder's evaluation appends the extracted answer as a last text block; the model did not write it.
  const last = blocks.at(-1);
  if (blocks.length > 1 && last?.type === 'text' && m.completion !== undefined && last.content.trim() === m.completion.trim()) blocks.pop();
  return {
    id: `${p.idPrefix}-${recordId(m.id)}`,
    source: `${p.source} #${m.id}`,
    licence: p.licence,
    model: p.model,
    question: user.content,
    reference: String(m.ground_truth.answer),
    method: 'lce',
    blocks,
    ...(m.completion !== undefined ? { recordedAnswer: m.completion } : {}),
    recordedCorrect: correct,
  };
}

// MATH ids look like `test/algebra/1410.json`: keep subject and number.
function recordId(id: string | number): string {
  return String(id).replace(/^test\//, '').replace(/\.json$/, '').replace(/[^\w-]+/g, '-');
}

/** Splits a tool-integrated response into text, code and output blocks. */
export function splitToolIntegrated(response: string): Block[] {
  const blocks: Block[] = [];
  const fence = /```(python|output)[ \t]*\n([\s\S]*?)\n?```[ \t]*(?:\n|$)/g;
  let at = 0;
  for (let m = fence.exec(response); m !== null; m = fence.exec(response)) {
    pushText(blocks, response.slice(at, m.index));
    blocks.push({ type: m[1] === 'python' ? 'code' : 'output', content: m[2] ?? '' });
    at = fence.lastIndex;
  }
  pushText(blocks, response.slice(at));
  return blocks;
}

function pushText(blocks: Block[], text: string): void {
  const trimmed = text.replace(/^\n+|\n+$/g, '');
  if (trimmed.trim() !== '') blocks.push({ type: 'text', content: trimmed });
}

// ToRA's `pred` and `gt` are both plain numbers for GSM8K; compare numerically when they parse.
function sameAnswer(a: string, b: string): boolean {
  const x = Number(a.replace(/,/g, ''));
  const y = Number(b.replace(/,/g, ''));
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) < 1e-6 : a.trim() === b.trim();
}
