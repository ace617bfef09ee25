/** The rules stage: extraction, normalisation, structure and exact/numeric comparison (no engines). */
import { withinJudgement } from './judgement-memo';
import { findBoxed } from '../answer';
import { askedEarlierClause } from './asked-clause';
import { compareChoice } from './choice-compare';
import { compareValues, type CompareContext } from './compare';
import { normalise } from './normalise';
import { clip, no, undecided, yes, type Outcome } from './outcome';
import { compareWords } from './words';
import { ordersAnswers, wantsPoint } from './question';
import { roundedStatement } from './rounded-statement';
import { asDimensions } from './dimensions';
import { askedUnitDropped, letterAsVariable } from './units';
import { withoutTimeArguments } from './equations';
import { unitVectorsAsTuples } from './unit-vectors';
import { compareProgressions, MULTIPLES_OF_Z } from './progression';
import { labelledValues } from './labelled-lines';
import { APPROXIMATION_WORDS, INLINE_MATH_MARK, orientedRatio, outsideMath } from './stated';
import { INTERJECTION, readResponse, type Committed } from './response';
import { labelledReference, valuesByLabel, type LabelledValue } from './labelled-reference';
import { readNamedForm, statedForm, type NamedForm } from './named-forms';
import { sameQuadrants } from './quadrants';
import { sameText } from './text';
import { sentenceAnswer } from './sentence';
import type { Verdict } from './types';
import { flattenBare, parseValue, type Value } from './value';
import { carriedWorking } from './working';
import { timesOf } from './times-of';
import { statedPower } from './proportional-power';
import { decimalComma, manyValued, readSentence, statedIn } from './read-sentence';

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
  return withinJudgement(() => readOutcome(pred, gold, options));
}

function readOutcome(pred: string, gold: string, options: RuleOptions): Outcome {
  // Windows line ends (`\r\n`, also a lone `\r`) are line breaks: every line-based reader expects `\n`.
  if (pred.includes('\r')) pred = pred.replace(/\r\n?/g, '\n');
  if (gold.includes('\r')) gold = gold.replace(/\r\n?/g, '\n');
  // "maximum $6$, minimum $-3$": a reference labelled in words is its values in the order of its labels.
  const labelledRef = labelledReference(goldAnswer(gold));
  const g = normalise(labelledRef ? labelledRef.map((l) => l.value).join(', ') : goldAnswer(gold));
  if (g.length === 0) return undecided('The reference answer is empty.');
  const got = readResponse(pred, options.question);
  if (!('candidates' in got)) return got;
  const question = options.question;
  const ctx: CompareContext = {
    wantsPoint: wantsPoint(question ?? ''),
    ordered: labelledRef !== null || ordersAnswers(question ?? ''),
    ...(question ? { percentQuestion: /percent|%|percentage|\brate\b/i.test(question), question, quadrants: /quadrant/i.test(question) } : {}),
  };
  if (got.contradicted) return no('rule', `The response restates its answer as a different value ("${clip(got.contradicted)}").`);
  if (got.hedgedAfter && !manyValued(parseValue(g)) && !restatesAnswer(got.hedgedAfter, got.candidates, ctx)) return no('rule', `The response keeps its answer open ("${clip(got.hedgedAfter)}").`);
  // "Minimum value: $-2$; maximum value: $18$." against "maximum $18$, minimum $-2$": the response's values matched by label.
  const byLabel = labelledRef ? respondedByLabel(pred, got, labelledRef) : null;
  if (byLabel) return severalAnswers(byLabel.map(normalise), g, ctx);
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

// "Hmm, maybe", "Perhaps it could also be": the doubt itself, read past to find what the sentence states.
const DOUBT_OPENING = new RegExp(String.raw`^(?:${INTERJECTION})*(?:or\s+|but\s+)?(?:possibly|maybe|perhaps|probably)\b\s*(?:it\s+(?:could|might|may)\s+(?:also\s+)?be\b\s*)?`, 'i');

const ANSWER_ITSELF = /\\boxed|\banswer\b/i;

/** "The answer is 12. Perhaps double-check: 3 × 4 = 12.": a doubt after the answer that states only the answer again keeps no other value open. */
function restatesAnswer(hedge: string, candidates: string[], ctx: CompareContext): boolean {
  // Only a sentence after the answer: one that gives the answer itself ("Perhaps the answer is $\boxed{36}$.") is the hedge.
  const said = candidates.length === 1 && !ANSWER_ITSELF.test(hedge) ? sentenceAnswer(hedge.replace(DOUBT_OPENING, '')) : null;
  return said?.kind === 'value' && compareOne(normalise(said.text), normalise(candidates[0]!), ctx, null).equal === true;
}

/** The values a response gives under the reference's labels: in its closing sentence, its last paragraph or its answers; null when none gives them all. */
function respondedByLabel(pred: string, got: Committed, labels: LabelledValue[]): string[] | null {
  const texts = got.bare ? [got.sentence, pred.trim().split(/\n\s*\n/).pop()!.replace(/\n/g, '; ')] : [got.candidates.join(', ')];
  return texts.reduce<string[] | null>((found, t) => found ?? (t ? valuesByLabel(t, labels) : null), null);
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


const INTEGER = /^-?\d{1,400}$/;

// `\overline{A \cup B} = \{…, -3, 0, 3, …\}` or `= 3\mathbb{Z}`: a set named before what gives it (not `\{x | x = 3k\}`).
const LABELLED_SET = new RegExp(String.raw`^[^={]*(?:\{[^={}]*\}[^={]*)*=\s*(\\\{[\s\S]*\}|${MULTIPLES_OF_Z})\s*$`);
const unlabelledSet = (t: string) => LABELLED_SET.exec(t)?.[1] ?? t;

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
  // A set-builder progression against another, or against integers listed open at both ends (`\{…, -3, 0, 3, …\}`).
  const progressions = (p.includes('mathbb') || g.includes('mathbb')) && (p.includes('mathbb') || p.includes('\\{')) && (g.includes('mathbb') || g.includes('\\{')) ? compareProgressions(unlabelledSet(p), unlabelledSet(g)) : null;
  if (progressions) return progressions;
  const choice = compareChoice(p, g, ctx, compareOne, written);
  if (choice) return choice;
  if (ctx.quadrants || /quadrant/i.test(p) || /quadrant/i.test(g)) {
    const same = sameQuadrants(p, g);
    if (same !== null) return same ? yes('text', 'Both name the same quadrants.') : no('text', 'The answers name different quadrants.');
  }
  if (p.includes(':') && p.includes('=')) {
    // The question's order first; else a reference labelled the same way gives it (`S_2 : S_1 = 9 : 5` = `S_1 : S_2 = 5 : 9`).
    let turned = ctx.question ? orientedRatio(p, ctx.question) : p;
    if (turned === p && g.includes(':')) turned = orientedRatio(p, g);
    if (turned !== p) return compareOne(turned, g, ctx, null);
  }
  // `R \propto M^{1/3}` for "…; what is that power?": the exponent is the answer.
  const power = statedPower(p, g, ctx.question);
  if (power !== null) return statedIn(compareOne(power, g, ctx, null), p);
  const form = readNamedForm(g);
  const named = form && namedForms(p, form);
  if (named) return named;
  const [pe, ge] = unitVectorsAsTuples(...withoutTimeArguments(p, g), ctx.question);
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
    const said = readSentence(p, g, gv, ctx, written, compareOne);
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


/** Synchronous rules-only judgement; `equal: null` when the rules cannot decide. */
export function judgeByRules(pred: string, gold: string, options: RuleOptions = {}): Verdict {
  const out = safeRuleOutcome(pred, gold, options);
  return { equal: out.equal, method: out.method, reason: out.reason };
}
