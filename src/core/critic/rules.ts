/** The rules stage: extraction, normalisation, structure and exact/numeric comparison (no engines). */
import { extractAnswer, findBoxed } from '../answer';
import { goldLetters, goldLetterWithText, predLetters, questionOptions } from './choice';
import { compareValues, type CompareContext } from './compare';
import { normalise } from './normalise';
import { BARE_ANSWER_MAX_CHARS } from './policy';
import { no, undecided, yes, type Outcome } from './outcome';
import { sameText } from './text';
import type { Verdict } from './types';
import { parseValue } from './value';

/** Options every stage accepts. */
export interface RuleOptions {
  question?: string;
}

/** The reference's final answer: a MATH solution's last box, GSM8K's `#### n`, else the whole text. */
export function goldAnswer(gold: string): string {
  const boxed = findBoxed(gold);
  if (boxed.length > 0) return boxed[boxed.length - 1]!;
  const hashes = /####\s*(.+?)\s*$/.exec(gold);
  return hashes ? hashes[1]! : gold;
}

const LEAD_IN = /^(?:(?:so|thus|therefore|hence)\s*,?\s*)?(?:the\s+)?(?:final\s+)?(?:answer|result|value|total|solution)s?\s*(?:is|are|=|:)\s*:?\s*/i;

/** `x = 3\ny = 4` printed on two lines is the list `x = 3, y = 4`; a matrix split over lines is left whole. */
function outputLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length < 2 || !lines.every((l) => balanced(l) && !/[,[({]$/.test(l))) return text;
  return lines.join(', ');
}

function balanced(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Reasoning text rather than a bare answer: long or multi-line, with words outside LaTeX commands. */
function isProse(text: string): boolean {
  if (text.length <= BARE_ANSWER_MAX_CHARS && !text.includes('\n')) return false;
  const words = text.replace(/\\(?:begin|end)\{[a-z*]+\}|\\[A-Za-z]+|Matrix|Rational|Fraction|Interval|FiniteSet|Union|sqrt|array/g, ' ');
  return /[A-Za-z]{4,}/.test(words);
}

/** The candidates the response commits to, or a verdict when it commits to none. */
function predCandidates(pred: string): { candidates: string[]; bare: boolean } | Outcome {
  const got = extractAnswer(pred);
  if (got.source === 'output') return { candidates: got.candidates.map(outputLines), bare: false };
  if (got.source === 'answer-is') {
    // "whether the answer is correct, …" earlier in the text is not a competing answer: earlier
    // phrases count only when they look like a value (a digit or LaTeX, no long words).
    const all = got.candidates.map((c) => c.replace(LEAD_IN, ''));
    const looksLikeValue = (c: string) => /[\d\\]/.test(c) && !/[A-Za-z]{4,}/.test(c.replace(/\\[A-Za-z]+/g, ''));
    return { candidates: [...all.slice(0, -1).filter(looksLikeValue), all[all.length - 1]!], bare: false };
  }
  if (got.source !== 'none') return { candidates: got.candidates.map((c) => c.replace(LEAD_IN, '')), bare: false };
  const text = pred.trim();
  if (text.length === 0) return no('rule', 'The response is empty.');
  if (isProse(text)) {
    // Prose without a marker: its last sentence may still state the result ("She makes $18 a day.").
    const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter((x) => x.length > 0);
    const last = sentences[sentences.length - 1] ?? '';
    if (/\d/.test(last) && last.length <= 300) return { candidates: [last], bare: true };
    return no('rule', 'No final answer was found in the response (no box, "the answer is" or output).');
  }
  return { candidates: [text.replace(LEAD_IN, '')], bare: true };
}

/** ruleOutcome that never throws: an unexpected failure is an undecided verdict, not a crash. */
export function safeRuleOutcome(pred: string, gold: string, options: RuleOptions = {}): Outcome {
  try {
    return ruleOutcome(pred, gold, options);
  } catch (err) {
    return undecided(`The rules could not read this pair (${(err as Error).message ?? String(err)}).`);
  }
}

/** Full rules outcome, including pairs the symbolic stage may use to confirm it. */
export function ruleOutcome(pred: string, gold: string, options: RuleOptions = {}): Outcome {
  const g = normalise(goldAnswer(gold));
  if (g.length === 0) return undecided('The reference answer is empty.');
  const got = predCandidates(pred);
  if (!('candidates' in got)) return got;
  const ctx: CompareContext = {
    wantsPoint: wantsPoint(options.question ?? ''),
    ...(options.question ? { percentQuestion: /percent|%|percentage|\brate\b/i.test(options.question) } : {}),
  };
  const distinct = [...new Set(got.candidates.map(normalise))];
  const outcomes = distinct.map((c) => compareOne(c, g, ctx, options.question, got.bare));
  if (outcomes.length > 1) {
    if (outcomes.every((o) => o.equal === true)) return { ...outcomes[outcomes.length - 1]!, reason: `All ${outcomes.length} final answers match: ${outcomes[outcomes.length - 1]!.reason}` };
    if (outcomes.some((o) => o.equal === false) || outcomes.some((o) => o.equal === true)) {
      return no('rule', `The response gives ${outcomes.length} different final answers (${distinct.map((d) => clip(d)).join(' vs ')}).`);
    }
    return undecided('The response gives several final answers that could not be compared.');
  }
  return outcomes[0] ?? undecided('No candidate answer.');
}

function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + '…' : s;
}

function wantsPoint(question: string): boolean {
  return (
    /ordered pair|\bpoint\b|coordinates?|\bvector\b|tuple|ordered triple|\(\s*[a-z]\s*,\s*[a-z]\s*(?:,\s*[a-z]\s*)?\)/i.test(question) &&
    !/interval|\brange\b|domain|increasing|decreasing|inequalit|solution set|set of (?:all )?values/i.test(question)
  );
}

const INTEGER = /^-?\d{1,400}$/;
// Plain prose only: a malformed formula must never be read as "the number inside it".
const PROSE = /^[A-Za-z0-9\s.,'’!?;:%-]+$/;
// After `= 40`, words like "more than James" describe the result; only alternatives hedge it.
const RESULT_HEDGES = /\b(?:or|maybe|perhaps|possibly|probably|approximately|about|around|roughly|at least|at most)\b/i;
const HEDGE_WORDS = /\b(?:at least|at most|more than|less than|fewer than|greater than|between|about|around|approximately|roughly|nearly|almost|or|maybe|perhaps|possibly|probably|either|not|no|unknown|wrong|incorrect|isn't|cannot|can't|impossible|unsure|guess)\b/i;

/** One normalised candidate against the normalised reference. */
function compareOne(p: string, g: string, ctx: CompareContext, question: string | undefined, bare: boolean): Outcome {
  if (p.length === 0) return no('rule', 'The final answer is empty.');
  // Fast paths for the commonest case (GSM8K-style integers): no parsing needed.
  if (p === g) return yes('exact', 'The answers are identical.');
  if (INTEGER.test(p) && INTEGER.test(g)) return BigInt(p) === BigInt(g) ? yes('exact', `Both are ${BigInt(g)}.`) : no('exact', `${p} is not ${g}.`);
  const choice = compareChoice(p, g, ctx, question);
  if (choice) return choice;
  const pv = parseValue(p.replace(/^either\s+/i, ''));
  const wordy = pv.k === 'text' || (pv.k === 'seq' && pv.items.some((i) => i.k === 'text'));
  // A sentence rather than an answer ("She makes 18 dollars a day, every day."): its lone number.
  if (bare && wordy && !p.includes('\\') && /[a-z]{3,}/i.test(p) && /\d/.test(p) && !sameText(p, g)) {
    const prose = PROSE.test(p);
    const lone = prose ? loneNumber(p) : resultNumber(p);
    if (lone === null) return undecided(`Several numbers in "${clip(p)}"; the rules cannot tell which is the answer.`);
    // Hedge words count where the answer is stated: the whole phrase, or what follows the last `=`.
    if (prose ? HEDGE_WORDS.test(p) : RESULT_HEDGES.test(p.slice(p.lastIndexOf('=')))) return no('rule', `The answer is hedged ("${clip(p)}").`);
    const out = compareValues(parseValue(lone), parseValue(g), ctx);
    return { ...out, reason: `${out.reason} (the only number in "${clip(p)}")` };
  }
  const gv = parseValue(g);
  if (pv.k === 'text' || gv.k === 'text') {
    if (sameText(p, g) || (pv.k === 'text' && gv.k === 'text' && pv.text === gv.text)) return yes('text', 'The answers say the same words.');
    if (gv.k !== 'text' && pv.k === 'text') {
      const lone = PROSE.test(p) ? loneNumber(p) : null;
      if (lone !== null && HEDGE_WORDS.test(p)) return no('rule', `The answer is hedged ("${clip(p)}").`);
      if (lone !== null && (bare || /[a-z]{3,}/i.test(p))) {
        const out = compareValues(parseValue(lone), gv, ctx);
        return { ...out, reason: `${out.reason} (the only number in "${clip(p)}")` };
      }
    }
    if (pv.k === 'text' && gv.k === 'text') {
      // Short words (Monday, even) differ for sure; longer phrases may say the same thing differently.
      const short = (t: string) => t.trim().split(/\s+/).length <= 2;
      return short(p) && short(g) ? no('text', 'The answers say different things.') : undecided('The answers are phrased differently; the rules cannot tell.');
    }
    return pv.k === 'text' && /^[A-Za-z\s]+$/.test(p) && gv.k === 'scalar' ? no('text', 'A word against a value.') : undecided('One side could not be read as mathematics.');
  }
  return compareValues(pv, gv, ctx);
}

/** In "She makes 9 * 2 = 18 dollars a day.", the number after the last `=`, when it is the last number. */
function resultNumber(text: string): string | null {
  if (/\\|[{}^]/.test(text)) return null;
  const m = /=\s*(-?\d+(?:\.\d+)?)(?![\d.]*\s*[-+*/x×]\s*\d)[^=\d]*$/.exec(text);
  return m ? m[1]! : null;
}

/** The single number written in a short sentence ("She makes $18 a day."), if exactly one. */
function loneNumber(text: string): string | null {
  const nums = text.match(/-?\d+(?:\.\d+)?(?:\/\d+)?/g) ?? [];
  const distinct = [...new Set(nums)];
  return distinct.length === 1 ? distinct[0]! : null;
}

/** Policy `choices`. Null when neither side is a choice. */
function compareChoice(p: string, g: string, ctx: CompareContext, question: string | undefined): Outcome | null {
  const withText = goldLetterWithText(g);
  if (withText) {
    // `(C) 8`: the letter or the option's text may answer it.
    const pl0 = predLetters(p);
    if (pl0) return compareChoice(p, withText.letter, ctx, question ?? `(${withText.letter}) ${withText.text}`);
    const out = compareOne(p, normalise(withText.text), ctx, undefined, false);
    return out.equal === true ? yes('choice', `The answer is the text of option ${withText.letter}.`) : out;
  }
  const gl = goldLetters(g);
  const pl = predLetters(p);
  if (!gl && !pl) return null;
  const options = question ? questionOptions(question) : null;
  if (gl) {
    if (pl) {
      const same = pl.letters.join() === gl.join();
      if (!same) return no('choice', pl.letters.length > 1 && gl.length === 1 ? 'The answer names several choices.' : `Choice ${pl.letters.join('')} is not ${gl.join('')}.`);
      if (pl.text && options?.has(pl.letters[0]!)) {
        const agree = compareOne(pl.text, normalise(options.get(pl.letters[0]!)!), ctx, undefined, false);
        if (agree.equal === false) return no('choice', `The answer names ${gl.join('')} but its text does not match that option.`);
      }
      return yes('choice', `Both choose ${gl.join('')}.`);
    }
    if (gl.length === 1 && options?.has(gl[0]!)) {
      const out = compareOne(p, normalise(options.get(gl[0]!)!), ctx, undefined, false);
      return out.equal === true ? yes('choice', `The answer is the text of option ${gl[0]}.`) : out.equal === false ? no('choice', `The answer is not option ${gl[0]}'s text.`) : out;
    }
    if (/^[A-Za-z]$/.test(p)) return no('choice', `Choice ${p} is not ${gl.join('')}.`);
    return null;
  }
  if (pl && pl.letters.length === 1 && !pl.text && options?.has(pl.letters[0]!)) {
    const out = compareOne(normalise(options.get(pl.letters[0]!)!), g, ctx, undefined, false);
    return { ...out, method: out.equal === null ? out.method : 'choice', reason: `Option ${pl.letters[0]}: ${out.reason}` };
  }
  return null;
}

/** Synchronous rules-only judgement; `equal: null` when the rules cannot decide. */
export function judgeByRules(pred: string, gold: string, options: RuleOptions = {}): Verdict {
  const out = safeRuleOutcome(pred, gold, options);
  return { equal: out.equal, method: out.method, reason: out.reason };
}
