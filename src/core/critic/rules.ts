/** The rules stage: extraction, normalisation, structure and exact/numeric comparison (no engines). */
import { findBoxed } from '../answer';
import { askedEarlierClause } from './asked-clause';
import { compareChoice } from './choice-compare';
import { compareValues, type CompareContext } from './compare';
import { normalise } from './normalise';
import { clip, no, undecided, yes, type Outcome } from './outcome';
import { compareWords } from './words';
import { asksForAmountBeside, ordersAnswers, wantsPoint } from './question';
import { roundedStatement } from './relation';
import { asDimensions } from './dimensions';
import { askedUnitDropped, letterAsVariable } from './units';
import { withoutTimeArguments } from './equations';
import { compareProgressions } from './progression';
import { labelledValues } from './labelled-lines';
import { APPROXIMATION_WORDS, askedFormula, countAfterFormulas, inQuestionOrder, INLINE_MATH_MARK, orientedRatio, outsideMath, statedReading, unknownsInsteadOfCombination } from './stated';
import { readResponse } from './response';
import { clauseValues, copulaTail, HEDGE_WORDS, isNameWithNumber, sentenceAnswer, sentenceYesNo, trailingValues } from './sentence';
import { readNamedForm, statedForm, type NamedForm } from './named-forms';
import { sameQuadrants } from './quadrants';
import { conditionKind, sameText, textKey } from './text';
import { askedSubject, DOUBTS, saysWord } from './says';
import type { Verdict } from './types';
import { flattenBare, parseValue, type Value } from './value';
import { freeVars } from './ast';
import { carriedWorking } from './working';
import { timesOf } from './times-of';

/** Options every stage accepts. */
export interface RuleOptions {
  question?: string;
}

/** The reference's final answer: a MATH solution's box (several distinct boxes are a list), GSM8K's `#### n`, else the whole text. */
export function goldAnswer(gold: string): string {
  const boxed = [...new Set(findBoxed(gold))];
  if (boxed.length > 0) return boxed.join(', ');
  const hashes = /####\s*(.+?)\s*$/.exec(gold);
  return hashes ? hashes[1]! : gold;
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
  const got = readResponse(pred);
  if (!('candidates' in got)) return got;
  const question = options.question;
  const ctx: CompareContext = {
    wantsPoint: wantsPoint(question ?? ''),
    ordered: ordersAnswers(question ?? ''),
    ...(question ? { percentQuestion: /percent|%|percentage|\brate\b/i.test(question), question, quadrants: /quadrant/i.test(question) } : {}),
  };
  if (got.contradicted) return no('rule', `The response restates its answer as a different value ("${clip(got.contradicted)}").`);
  if (got.hedgedAfter && !manyValued(parseValue(g))) return no('rule', `The response keeps its answer open ("${clip(got.hedgedAfter)}").`);
  // "- Mean: 5" / "- Median: 4" against `5, 4`: labelled lines read as the values asked in turn.
  const lines = got.bare && got.candidates.length === 1 && manyValued(parseValue(g)) ? labelledValues(pred, question) : null;
  if (lines) return severalAnswers(lines.map(normalise), g, ctx);
  const distinct = [...new Set(got.candidates.map(normalise))];
  if (distinct.length > 1) return severalAnswers(distinct, g, ctx);
  const out = compareOne(distinct[0] ?? '', g, ctx, got.bare ? (got.candidates[0] ?? null) : null);
  // "The total is $24$, so each friend pays 8." for "What is the total bill?": the last clause is not what is asked.
  const earlier = out.equal === false && got.sentence && question ? askedEarlierClause(got.sentence, question) : null;
  if (earlier !== null && compareOne(normalise(earlier), g, ctx, null).equal === true) return undecided(`The question asks for what an earlier clause states (${clip(earlier)}), not the last clause's value.`);
  return got.corrected && out.equal !== null ? { ...out, reason: `${out.reason} (the answer the response settles on after correcting itself)` } : out;
}

/** Policy `several-answers`: together the list a many-valued reference asks for; against one value, a hedge. */
function severalAnswers(distinct: string[], g: string, ctx: CompareContext): Outcome {
  const gv = parseValue(g);
  if (manyValued(gv)) {
    const list: Value = { k: 'seq', open: '', items: flattenBare(distinct.map((c) => parseValue(c.replace(PART_LABEL, '')))) };
    const out = compareValues(list, gv, ctx);
    return { ...out, reason: `The ${distinct.length} answers together: ${out.reason}` };
  }
  const outcomes = distinct.map((c) => compareOne(c, g, ctx, null));
  const last = outcomes[outcomes.length - 1]!;
  if (outcomes.every((o) => o.equal === true)) return { ...last, reason: `All ${outcomes.length} final answers match: ${last.reason}` };
  if (outcomes.some((o) => o.equal !== null)) {
    return no('rule', `The response gives ${outcomes.length} different final answers (${distinct.map((d) => clip(d)).join(' vs ')}) to a single-valued question.`);
  }
  return undecided('The response gives several final answers that could not be compared.');
}

// "(a) 2", "part (b): 5", "(ii) 7": the label of a part, not part of its answer.
const PART_LABEL = /^(?:part\s*)?\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\)\s*:?\s*(?=\S)|^part\s+(?:[a-h]|\d)\s*:\s*/i;

/** A reference that holds several values: a list, set or tuple (boxes in order then), alternatives, or a ± pair. */
function manyValued(v: Value): boolean {
  if (v.k === 'seq') return v.items.length > 1;
  if (v.k === 'alt') return true;
  // `k = \pm 6` names two values as `\pm 6` does.
  if (v.k === 'eq') return manyValued(v.rhs);
  return v.k === 'scalar' && (v.node.t === 'pm' || (v.node.t === 'neg' && v.node.a.t === 'pm'));
}

const INTEGER = /^-?\d{1,400}$/;

/** Words around the answer ("Total: 18", "She makes $18 a day."): a run of letters standing alone, outside LaTeX. */
function hasWords(p: string): boolean {
  return /(?:^|\s)[A-Za-z]{3,}(?=$|\s|[.,;:!?])/.test(p.replace(/\\(?:begin|end)\{[^}]*\}|\\[A-Za-z]+/g, ' '));
}

// `8:27` alone reads as a clock time; it is a ratio when the question asks for one, or the other side is one.
const CLOCK_LIKE = /^(\d{1,2}):(\d{2})$/;
const ASKS_RATIO = /\bratios?\b|\bproportion\b|\$[^$]*[A-Za-z]\w*\s*:\s*[A-Za-z]/i;

/** Both sides with a clock-like `H:MM` written as the ratio `H : MM` when the pair is about ratios (policy `notation`). */
function asRatios(p: string, g: string, question: string | undefined): [string, string] {
  if (!CLOCK_LIKE.test(p) && !CLOCK_LIKE.test(g)) return [p, g];
  const ratioSide = (t: string) => /\d\s+:\s+\d|=\s*-?\d+\s*:\s*-?\d/.test(t);
  if (!(question && ASKS_RATIO.test(question)) && !ratioSide(p) && !ratioSide(g)) return [p, g];
  const spaced = (t: string) => t.replace(CLOCK_LIKE, '$1 : $2');
  return [spaced(p), spaced(g)];
}

// `3,75`, also labelled `r = 1,5`: a decimal comma when the digits after it cannot be a thousands group (not three of them).
const DECIMAL_COMMA = /^(?:[A-Za-z](?:_\{?\w+\}?)?\s*=\s*)?-?\d+,(?:\d{1,2}|\d{4,})$/;

/** Reads a decimal comma as a point when the other side is a single value (`3,75` against `3.75`); a list reading stays otherwise. */
function decimalComma(p: string, g: string): [string, string] {
  const single = (t: string) => !t.includes(',') && parseValue(t).k === 'scalar';
  if (DECIMAL_COMMA.test(p) && single(g)) return [p.replace(',', '.'), g];
  if (DECIMAL_COMMA.test(g) && single(p)) return [p, g.replace(',', '.')];
  return [p, g];
}

/** One normalised candidate against the normalised reference; `written`: the candidate before normalising, when it is a sentence. */
export function compareOne(pred: string, gold: string, ctx: CompareContext, written: string | null): Outcome {
  if (pred.length === 0) return no('rule', 'The final answer is empty.');
  const [pc, gc] = pred.includes(',') || gold.includes(',') ? decimalComma(pred, gold) : [pred, gold];
  const [pd, gd] = asDimensions(...asRatios(pc, gc, ctx.question), ctx.question).map((t) => askedUnitDropped(t, ctx.question ?? '')) as [string, string];
  const [pl, gl] = [letterAsVariable(pd, gd, ctx.question ?? ''), letterAsVariable(gd, pd, ctx.question ?? '')];
  if (!pl && !gl) return compareRead(pd, gd, ctx, written);
  const read = compareRead(pl?.text ?? pd, gl?.text ?? gd, ctx, written);
  if (pl?.sure || gl?.sure) return read;
  // Only the question makes the letter a variable (`5 m` may still be metres): both readings must agree.
  const asUnit = compareRead(pd, gd, ctx, written);
  return asUnit.equal === read.equal ? read : undecided(`"${clip(pl?.text ?? gl!.text)}" reads as a unit or as the question's variable, and the two readings disagree.`);
}

/** compareOne after the sides are read (decimal commas, ratios, dimensions, units, lone letters). */
function compareRead(p: string, g: string, ctx: CompareContext, written: string | null): Outcome {
  // Fast paths for the commonest case (GSM8K-style integers): no parsing needed.
  if (p === g) return yes('exact', 'The answers are identical.');
  if (INTEGER.test(p) && INTEGER.test(g)) return BigInt(p) === BigInt(g) ? yes('exact', `Both are ${BigInt(g)}.`) : no('exact', `${p} is not ${g}.`);
  const progressions = p.includes('mathbb') && g.includes('mathbb') ? compareProgressions(p, g) : null;
  if (progressions) return progressions;
  const choice = compareChoice(p, g, ctx, compareOne, written);
  if (choice) return choice;
  if (ctx.quadrants || /quadrant/i.test(p) || /quadrant/i.test(g)) {
    const same = sameQuadrants(p, g);
    if (same !== null) return same ? yes('text', 'Both name the same quadrants.') : no('text', 'The answers name different quadrants.');
  }
  if (ctx.question && p.includes(':') && p.includes('=')) {
    const turned = orientedRatio(p, ctx.question);
    if (turned !== p) return compareOne(turned, g, ctx, null);
  }
  const form = readNamedForm(g);
  const named = form && namedForms(p, form);
  if (named) return named;
  const [pe, ge] = withoutTimeArguments(p, g);
  const pv = parseValue(roundedStatement(pe, g, ctx.question ?? '').replace(/^either\s+/i, '').replace(ORDINAL, '$1'));
  const gv = parseValue(ge.replace(ORDINAL, '$1'));
  // "16 - 3 - 4 = 9 eggs, 9 × 2 = 18": a line of working against a single value, not a list of answers.
  const times = timesOf(pv, gv, ctx.question ?? ''); // "c is how many times b?": `c = 0.48b` gives 0.48
  if (times) return compareValues(times, gv, ctx);
  const step = pv.k === 'seq' && gv.k === 'scalar' ? carriedWorking(pe) : null;
  if (step) return statedIn(compareOne(step, g, ctx, null), p);
  // "The domain is (-∞, 2) ∪ (2, ∞)" splits at ∪ into a sentence and an interval: still a sentence.
  const wordy = pv.k === 'text' || ((pv.k === 'seq' || pv.k === 'alt') && pv.items.some((i) => i.k === 'text')) || (pv.k === 'union' && pv.parts.some((i) => i.k === 'text'));
  // "$\frac15 = \frac{3}{15}$, so the sum is ${14 \over 15}$": words outside the formulas make it a sentence,
  // even when the whole text also parses as one long product of letters.
  // Words that only announce an approximation ("$\sqrt{2}$, approximately $1.414$") leave it a value with its rounding.
  const prose = written !== null && INLINE_MATH_MARK.test(written) && hasWords(outsideMath(written).replace(APPROXIMATION_WORDS, ' '));
  if ((wordy || prose) && hasWords(p) && !sameText(p, g, ctx.question)) {
    const said = readSentence(p, g, gv, ctx, written);
    if (said) return said;
  }
  // "There are no solutions." for "How many solutions …?": the empty set in words is a count of zero.
  if (pv.k === 'seq' && pv.open === '{' && pv.items.length === 0 && gv.k === 'scalar' && hasWords(p) && /\bhow many\b/i.test(ctx.question ?? '')) return compareOne('0', g, ctx, null);
  if (pv.k === 'text' || gv.k === 'text') return compareWords(p, g, pv, gv, ctx.question);
  return compareValues(pv, gv, ctx);
}

// `18th`, `18^{th}`, `18^\text{th}` (read as `18^{ th }`): an ordinal is its number.
const ORDINAL = /^(\d+)\s*(?:\^\s*\{?\s*)?(?:st|nd|rd|th)\s*\}?$/;

/** Policy `text`: a date, time, version or formula reference against what the answer names of that kind; null when it names none. */
function namedForms(p: string, form: NamedForm): Outcome | null {
  const mine = readNamedForm(p);
  if (mine?.kind === form.kind) return mine.key === form.key ? yes('text', `The same ${form.kind}, written differently.`) : no('text', `A different ${form.kind}.`);
  if (mine) return null;
  // `4` is not `H_2SO_4`, `2025` not 14 March 2025, `2.3` not the version `2.3.1`: a number taken out of the name.
  if (/^-?\d+(?:\.\d+)?$/.test(p)) return no('text', `A number, not the ${form.kind} the reference names.`);
  if (form.kind === 'formula') return null;
  const stated = statedForm(p, form.kind);
  if (stated === 'several') return undecided(`The answer names several ${form.kind}s; the rules cannot tell which is meant.`);
  return stated === null ? null : stated === form.key ? yes('text', `The answer states the same ${form.kind}.`) : no('text', `The answer states a different ${form.kind}.`);
}

/** A candidate written as a sentence: the value it states against the reference; null to read it as words. */
function readSentence(p: string, g: string, gv: Value, ctx: CompareContext, written: string | null): Outcome | null {
  // "Mia parks on level P3." against `P3`: a code the sentence ends on (a level, a seat, a room).
  if (CODE.test(g) && !DOUBTS.test(p)) {
    const last = /([A-Za-z]+\d+[A-Za-z\d]*)[.!]?\s*$/.exec(p)?.[1];
    if (last) return last.toUpperCase() === g.toUpperCase() ? yes('text', `The sentence ends on the code ${g}.`) : no('text', `The sentence ends on ${last}, not ${g}.`);
  }
  // "So Carol is the tallest." for "Who is the tallest?": the subject in place of the question's "who".
  const subject = ctx.question ? askedSubject(p, ctx.question) : null;
  if (subject) return statedIn(compareOne(normalise(subject), g, ctx, null), p);
  const tail = copulaTail(p);
  if (gv.k === 'text') {
    // "…is unbounded, so it diverges.": a last clause with a verb of its own says what it ends on (its opposite: a NO).
    const says = !tail || tail.includes(',') ? saysWord(p, g) : null;
    if (says !== null) return says ? yes('text', `The sentence ends on the reference's word.`) : no('text', 'The sentence ends on the opposite of the reference\'s word.');
    if (!tail) return null;
    if (sameText(tail, g, ctx.question)) return yes('text', `The sentence says "${clip(tail)}", the reference's words.`);
    // "S is the set of all negative numbers." for `All negative numbers`: "the set of" only names the kind of answer.
    if (SET_OF.test(tail) && !SET_OF.test(g) && sameText(tail.replace(SET_OF, ''), g, ctx.question)) return yes('text', `The sentence says "${clip(tail)}", the set the reference describes.`);
    // "…, so it is a sufficient but not necessary condition." against a condition reference: the kind it names.
    const [said, want] = [conditionKind(tail), conditionKind(g)];
    if (said && want) return said === want ? yes('text', `The sentence names the same kind of condition.`) : no('text', 'The sentence names another kind of condition.');
    const words = (t: string) => textKey(t).split(' ').length;
    // "a regular hexagon" for `hexagon` says more than the reference (a semicircle is not a circle): undecided.
    if (textKey(tail).endsWith(` ${textKey(g)}`)) return undecided(`The sentence says "${clip(tail)}", more than the reference's words.`);
    return words(tail) <= 2 && words(g) <= 2 && !/\d/.test(tail) ? no('text', `The sentence says "${clip(tail)}", not the reference's words.`) : null;
  }
  if (gv.k === 'bool') {
    const said = sentenceYesNo(p);
    if (said !== null) return said === gv.value ? yes('text', `The sentence says ${said ? 'yes' : 'no'}.`) : no('text', `The sentence says ${said ? 'yes' : 'no'}, the reference ${gv.value ? 'yes' : 'no'}.`);
  }
  // "so $a = 2$, $b = \frac73$" against a reference of several values: the values the sentence ends on.
  // A union of intervals is several conditions too: "i.e. $a \neq 0$ and $a \neq 1$".
  const run = written !== null && (manyValued(gv) || gv.k === 'union') ? inQuestionOrder(written, trailingValues(written, manyValued(gv)) ?? clauseValues(written), ctx.question) : null;
  if (run) {
    // Against `k = \pm 6`, "gives $k = -6$ and $k = 6$" lists the solutions as "k = -6 or k = 6" would.
    const out = compareValues(parseValue(normalise(run.join(gv.k === 'eq' ? ' or ' : ', '))), gv, ctx);
    return { ...out, reason: `${out.reason} (the ${run.length} values "${clip(p)}" ends on)` };
  }
  // "Plugging in (2,7) we need $b = 7 - 2a$." against `2a + b = 7`: against a relation, the relation the sentence states.
  if (written !== null && isRelation(gv) && written.includes('=')) {
    const said = sentenceAnswer(written);
    if (said.kind === 'value' && said.text.includes('=')) {
      const out = compareOne(normalise(said.text), g, ctx, null);
      return { ...out, reason: `${out.reason} (the relation stated in "${clip(p)}")` };
    }
  }
  // "So $y = 3$, and $A = x - 4$." for "Find the expression of A.": the labelled formula the question asks for.
  const asked = written !== null && INLINE_MATH_MARK.test(written) ? askedFormula(written, ctx.question) : null;
  if (asked !== null) return statedIn(compareOne(normalise(asked), g, ctx, null), p);
  if (isNameWithNumber(p)) return no('rule', `"${clip(p)}" names something with a number in it; it does not state the number.`);
  // "The possible values are 5 or 9.": a stated value that reads as mathematics is compared whole
  // (inline math is read by sentenceAnswer, which finds the formula after the verb).
  if (tail && !/\$|\\\(/.test(p) && !(written !== null && countAfterFormulas(written, ctx.question))) {
    // "So the decimal is 3,75.": a decimal comma against a single value, as for a bare answer.
    const tv = parseValue(normalise(DECIMAL_COMMA.test(tail) ? decimalComma(tail, g)[0] : roundedStatement(asDimensions(tail, g, ctx.question)[0], g, ctx.question ?? '')));
    if (tv.k !== 'text' && !(tv.k === 'seq' && tv.items.some((i) => i.k === 'text')) && !(tv.k === 'alt' && tv.items.some((i) => i.k === 'text'))) {
      // Weighed only once the tail is a value: "…, so 7 buses are needed." ends on the word "needed", read below.
      if (asksForAmountBeside(p, tail, ctx.question)) return undecided(AMOUNT_BESIDE(p));
      const out = compareValues(tv, gv, ctx);
      return statedIn(out, p);
    }
  }
  // "…so the system has no solution." for "How many solutions …?": none is a count of zero.
  if (gv.k === 'scalar' && /\bhow many\b/i.test(ctx.question ?? '') && NONE_OF.test(p) && !/\b(?:or|maybe|perhaps)\b/i.test(p)) {
    const out = compareOne('0', g, ctx, null);
    return { ...out, reason: `${out.reason} (a count of none in "${clip(p)}")` };
  }
  // "There is no real solution: the empty set.", "…, so the solution set is empty": the empty set in words.
  if (EMPTY_SET.test(p) && !/\d/.test(p) && !/\b(?:or|maybe|perhaps|possibly|probably|might|could|may|unless|except)\b/i.test(p)) {
    const out = compareOne('\\emptyset', g, ctx, null);
    return { ...out, reason: `${out.reason} (the empty set stated in "${clip(p)}")` };
  }
  const reading = statedReading(p, written, ctx.question);
  if (reading.kind === 'hedged') return no('rule', `The answer is hedged ("${clip(p)}").`);
  const unknowns = reading.kind === 'several' && written !== null ? unknownsInsteadOfCombination(written, ctx.question) : null;
  if (unknowns) return no('rule', `The sentence gives ${unknowns.join(' and ')} one by one, not the combination the question asks for.`);
  if (reading.kind === 'several') return undecided(`Several values in "${clip(p)}"; the rules cannot tell which is the answer.`);
  if (reading.kind === 'none') return HEDGE_WORDS.test(p) || gv.k === 'scalar' ? no('rule', `No value is stated in "${clip(p)}".`) : null;
  if (asksForAmountBeside(p, reading.text, ctx.question)) return undecided(AMOUNT_BESIDE(p));
  const out = compareOne(normalise(reading.text), g, ctx, null);
  return statedIn(out, p);
}

/** The outcome's reason with the sentence it read the value from, once (a value read from a sentence may be read again). */
function statedIn(out: Outcome, p: string): Outcome {
  return out.reason.includes('(the value stated in "') ? out : { ...out, reason: `${out.reason} (the value stated in "${clip(p)}")` };
}

const SET_OF = /^\s*(?:the\s+)?set\s+of\s+(?=\S)/i;
const CODE = /^[A-Za-z]+\d+[A-Za-z\d]*$/;
const AMOUNT_BESIDE = (p: string) => `"${clip(p)}" also gives an amount of the kind the question asks for; the rules cannot tell which answers.`;

/** An equation, a relation between unknowns (`2a + b = 7`) or a line or curve (`y = 5 - 3x`). */
function isRelation(v: Value): boolean {
  return v.k === 'equation' || (v.k === 'eq' && (v.lhs !== undefined || (v.rhs.k === 'scalar' && freeVars(v.rhs.node).size > 0)));
}

const EMPTY_SET = /\b(?:set of (?:all )?(?:real )?solutions|solution set|solutions? set|set)\s+(?:is|must be)\s+empty\b|\bthe empty set\b|\bno (?:real )?(?:solutions?|roots?|values? of [a-z])\b/i;
const NONE_OF = /\b(?:has|have|are|is|with)\s+no\s+(?:real\s+)?[a-z]+\s*[.!]?$/i;

/** Synchronous rules-only judgement; `equal: null` when the rules cannot decide. */
export function judgeByRules(pred: string, gold: string, options: RuleOptions = {}): Verdict {
  const out = safeRuleOutcome(pred, gold, options);
  return { equal: out.equal, method: out.method, reason: out.reason };
}
