/**
 * A candidate written as a sentence (policy `final-answer`): which value, words, yes/no or list it states,
 * compared with the reference. Split from rules.ts, which calls it with its own compareOne so a
 * stated value is compared as a bare answer would be.
 */
import { compareValues, type CompareContext } from './compare';
import { normalise } from './normalise';
import { clip, no, undecided, yes, type Outcome } from './outcome';
import { asksForAmountBeside } from './question';
import { roundedStatement } from './rounded-statement';
import { asDimensions } from './dimensions';
import { askedFormula, countAfterFormulas, inQuestionOrder, INLINE_MATH_MARK, statedReading, unknownsInsteadOfCombination } from './stated';
import { orValues } from './either-or';
import { withoutConversion } from './conversion';
import { withoutRateClause } from './closing-remark';
import { withoutBreakdown } from './breakdown';
import { hadPhrase, withoutPlace } from './text-tail';
import { clauseValues, copulaTail, HEDGE_WORDS, isNameWithNumber, sentenceAnswer, sentenceYesNo, trailingValues } from './sentence';
import { CONDITION_OPEN, conditionKind, namedProperty, sameCondition, sameText, textKey, wordEquation } from './text';
import { intervalInWords } from './interval-words';
import { reasonEnd } from './clauses';
import { askedSubject, DOUBTS, saysWord } from './says';
import { parseValue, type Value } from './value';
import { freeVars, hasPm } from './ast';
import { apposedFormula } from './apposed';
import { formInSentence } from './asked-form';
import { markedApposition } from './unmarked-apposition';
import { statedShare } from './share';

/** rules.ts's comparison of one normalised candidate with the normalised reference. */
export type CompareOne = (pred: string, gold: string, ctx: CompareContext, written: string | null) => Outcome;

/** A reference that holds several values: a list, set or tuple (boxes in order then), alternatives, or a ± pair. */
export function manyValued(v: Value): boolean {
  if (v.k === 'seq') return v.items.length > 1;
  if (v.k === 'alt') return true;
  // `k = \pm 6` names two values as `\pm 6` does.
  if (v.k === 'eq') return manyValued(v.rhs);
  // `\pm\frac{3}{2}x` too: a ± anywhere in the expression, as plusMinusValues reads it.
  return v.k === 'scalar' && hasPm(v.node);
}

// `3,75`, also labelled `r = 1,5`: a decimal comma when the digits after it cannot be a thousands group (not three of them).
export const DECIMAL_COMMA = /^(?:[A-Za-z](?:_\{?\w+\}?)?\s*=\s*)?-?\d+,(?:\d{1,2}|\d{4,})$/;

/** One value, no list. */
const single = (t: string) => !t.includes(',') && parseValue(t).k === 'scalar';

/** Reads a decimal comma as a point when the other side is a single value (`3,75` against `3.75`); a list reading stays otherwise. */
export function decimalComma(p: string, g: string): [string, string] {
  if (DECIMAL_COMMA.test(p) && single(g)) return [p.replace(',', '.'), g];
  if (DECIMAL_COMMA.test(g) && single(p)) return [p, g.replace(',', '.')];
  return [p, g];
}

/** A candidate written as a sentence: the value it states against the reference; null to read it as words. */
export function readSentence(p: string, g: string, gv: Value, ctx: CompareContext, written: string | null, compareOne: CompareOne): Outcome | null {
  // "c = I(0), the initial current.": read as the same sentence with its formula marked.
  const marked = markedApposition(written ?? p);
  if (marked !== null) return compareOne(normalise(marked), g, ctx, marked);
  // "Mia parks on level P3." against `P3`: a code the sentence ends on (a level, a seat, a room).
  if (CODE.test(g) && !DOUBTS.test(p)) {
    const last = /([A-Za-z]+\d+[A-Za-z\d]*)[.!]?\s*$/.exec(p)?.[1];
    if (last) return last.toUpperCase() === g.toUpperCase() ? yes('text', `The sentence ends on the code ${g}.`) : no('text', `The sentence ends on ${last}, not ${g}.`);
  }
  // "So Carol is the tallest." for "Who is the tallest?": the subject in place of the question's "who".
  const subject = ctx.question ? askedSubject(p, ctx.question) : null;
  if (subject) return statedIn(compareOne(normalise(subject), g, ctx, null), p);
  // "…14 weeks, which is about three and a half months." for "How many weeks …?": the conversion is for the reader.
  // "…spends $75 over the 30 days, which is $2.50 a day." for "How much … over 30 days?": a rate it asks not for is a remark;
  // "Together they have 260 sheep — Toulouse 160, Charleston 80 and Seattle 20.": so are the parts after the total.
  const remarkless = (t: string) => (ctx.question ? (withoutConversion(t, ctx.question) ?? withoutRateClause(t, ctx.question)) : null) ?? withoutBreakdown(t, ctx.question);
  const converted = remarkless(p);
  if (converted !== null) return readSentence(converted, g, gv, ctx, written !== null ? (remarkless(written) ?? written) : null, compareOne);
  // "At $5.00 per pack, he spends $75.00 on yogurt over the 30 days.": an opening phrase (a reason, a rate, where it holds)
  // is read past when the main clause after its comma gives a verdict.
  // A participle opens one too: "Adding the $150 finale, Tim spent $1,110 in total."
  const opening = /^(?:since|because|at|with|given|after|[a-z]+ing)\s/i.test(p) ? reasonEnd(p) : -1;
  const main = opening > 0 ? readSentence(p.slice(opening).trim(), g, gv, ctx, written !== null && reasonEnd(written) > 0 ? written.slice(reasonEnd(written)).trim() : null, compareOne) : null;
  if (main && main.equal !== null) return main;
  // "…the range of f is all real numbers greater than or equal to 1." against `[1, +\infty)`: the interval in words.
  const range = gv.k === 'interval' || gv.k === 'union' || (gv.k === 'seq' && gv.open === '(' && gv.items.length === 2) ? intervalInWords(p) : null;
  if (range !== null) return statedIn(compareOne(normalise(range), g, ctx, null), p);
  const tail = copulaTail(p);
  const [np, ng] = gv.k === 'text' && !DOUBTS.test(p) ? [namedProperty(p), namedProperty(g)] : [null, null];
  // "…, so this illustrates the Distributive Property (of multiplication over addition).": the property it names.
  if (np && ng) return np === ng ? yes('text', `Both name the ${ng} property.`) : no('text', `The ${np} property is not the ${ng} property.`);
  if (gv.k === 'text') {
    // "Profit is maximized in the short run where $SRMC = MR$." against `MR=SRMC`: the condition the sentence ends on.
    const ending = written !== null && !DOUBTS.test(p) ? /\$([^$]+)\$[\s.!]*$/.exec(written)?.[1] : undefined;
    const [endsOn, wanted] = ending !== undefined ? [wordEquation(ending), wordEquation(g)] : [null, null];
    if (endsOn !== null && wanted !== null) return endsOn === wanted ? yes('text', 'The sentence ends on the same condition.') : no('text', 'The sentence ends on another condition.');
    // "…is unbounded, so it diverges.": a last clause with a verb of its own says what it ends on (its opposite: a NO).
    // Also when the copula's tail ends before the sentence does ("…limits are 1 and -1, which differ, so the limit DNE.").
    const says = !tail || tail.includes(',') || !p.replace(/[\s.!]+$/, '').endsWith(tail.replace(/[\s.!]+$/, '')) ? saysWord(p, g) : null;
    if (says !== null) return says ? yes('text', `The sentence ends on the reference's word.`) : no('text', 'The sentence ends on the opposite of the reference\'s word.');
    // "…, so the system has infinitely many solutions." against `infinitely many`: what it has, said without a doubt.
    const had = DOUBTS.test(p) ? null : hadPhrase(p);
    if (had !== null && sameText(had, g, ctx.question)) return yes('text', `The sentence says it has "${clip(had)}", the reference's words.`);
    if (!tail) return null;
    if (sameText(tail, g, ctx.question)) return yes('text', `The sentence says "${clip(tail)}", the reference's words.`);
    const placed = withoutPlace(tail);
    if (placed !== tail.replace(/[.!\s]+$/, '') && !DOUBTS.test(p) && sameText(placed, g, ctx.question)) return yes('text', `The sentence says "${clip(placed)}", the reference's words, and where it lies.`);
    // "S is the set of all negative numbers." for `All negative numbers`: "the set of" only names the kind of answer.
    if (SET_OF.test(tail) && !SET_OF.test(g) && sameText(tail.replace(SET_OF, ''), g, ctx.question)) return yes('text', `The sentence says "${clip(tail)}", the set the reference describes.`);
    // "…, so it is a sufficient but not necessary condition." against a condition reference: the kind it names.
    const [said, want] = [conditionKind(tail, ctx.question), conditionKind(g, ctx.question)];
    const same = said && want ? sameCondition(said, want) : undefined;
    if (same !== undefined) return same === null ? undecided(CONDITION_OPEN) : same ? yes('text', `The sentence names the same kind of condition.`) : no('text', 'The sentence names another kind of condition.');
    const words = (t: string) => textKey(t).split(' ').length;
    // "a regular hexagon" for `hexagon` says more than the reference (a semicircle is not a circle): undecided.
    // "strictly increasing" for `increasing`: "strictly" only sharpens a monotone word (the converse would say less).
    if (sameText(textKey(tail).replace(/\b(?:strictly|monotonically)\s+(?=(?:in|de)creas)/, ''), g, ctx.question)) return yes('text', `The sentence says "${clip(tail)}", the reference's word made strict.`);
    if (textKey(tail).endsWith(` ${textKey(g)}`)) return undecided(`The sentence says "${clip(tail)}", more than the reference's words.`);
    // "a hyperbola centered at the origin" against `ellipse`: the noun before the place is what is said.
    const named = placed !== tail.replace(/[.!\s]+$/, '') && !DOUBTS.test(p) ? placed : tail;
    return words(named) <= 2 && words(g) <= 2 && !/\d/.test(named) ? no('text', `The sentence says "${clip(tail)}", not the reference's words.`) : null;
  }
  if (gv.k === 'bool') {
    const said = sentenceYesNo(p);
    if (said !== null) return said === gv.value ? yes('text', `The sentence says ${said ? 'yes' : 'no'}.`) : no('text', `The sentence says ${said ? 'yes' : 'no'}, the reference ${gv.value ? 'yes' : 'no'}.`);
  }
  // "so $a = 2$, $b = \frac73$" against a reference of several values: the values the sentence ends on.
  // A union of intervals is several conditions too: "i.e. $a \neq 0$ and $a \neq 1$".
  const run = written !== null && (manyValued(gv) || gv.k === 'union') ? inQuestionOrder(written, trailingValues(written, manyValued(gv)) ?? clauseValues(written) ?? (manyValued(gv) ? orValues(written) : null), ctx.question) : null;
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
  // "$c$ is just the initial current, $I(0)$." for "What is $c$?": the formula apposed to what c is said to be.
  const apposed = written !== null ? apposedFormula(written, ctx.question) : null;
  if (apposed !== null) return statedIn(compareOne(normalise(apposed), g, ctx, null), p);
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
  // "…, so the complement is the set of all multiples of 3.": the 3 is a parameter of a set described in words, not the value stated.
  // So is a bare "all multiples of 3" (read as the number 3 it was a false YES against `3`).
  if (DESCRIBED_SET.test(tail ?? p)) return undecided(`"${clip(tail ?? p)}" describes a set in words; the rules cannot read it.`);
  const reading = statedReading(p, written, ctx.question);
  if (reading.kind === 'hedged') return no('rule', `The answer is hedged ("${clip(p)}").`);
  const unknowns = reading.kind === 'several' && written !== null ? unknownsInsteadOfCombination(written, ctx.question) : null;
  if (unknowns) return no('rule', `The sentence gives ${unknowns.join(' and ')} one by one, not the combination the question asks for.`);
  // "So $x = 1$ and $y = \sqrt{3}$." for "… in the form $x + yi$": the letters of that form, filled in.
  const form = reading.kind === 'several' && written !== null ? formInSentence(written, ctx.question) : null;
  if (form !== null) return statedIn(compareOne(normalise(form), g, ctx, null), p);
  // "12 out of 20 students is 60% of the entire class." for "What percentage …?": the share after "is".
  const share = reading.kind === 'several' ? statedShare(p, ctx.question) : null;
  if (share !== null) return statedIn(compareOne(normalise(share), g, ctx, null), p);
  if (reading.kind === 'several') return undecided(`Several values in "${clip(p)}"; the rules cannot tell which is the answer.`);
  if (reading.kind === 'none') return HEDGE_WORDS.test(p) || gv.k === 'scalar' ? no('rule', `No value is stated in "${clip(p)}".`) : null;
  if (asksForAmountBeside(p, reading.text, ctx.question)) return undecided(AMOUNT_BESIDE(p));
  const out = compareOne(normalise(reading.text), g, ctx, null);
  return statedIn(out, p);
}

/** The outcome's reason with the sentence it read the value from, once (a value read from a sentence may be read again). */
export function statedIn(out: Outcome, p: string): Outcome {
  return out.reason.includes('(the value stated in "') ? out : { ...out, reason: `${out.reason} (the value stated in "${clip(p)}")` };
}

const DESCRIBED_SET = /^(?:the\s+)?(?:set\s+of\s+)?(?:all\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:multiples|divisors|factors|powers)\s+of\b/i;
const SET_OF = /^\s*(?:the\s+)?set\s+of\s+(?=\S)/i;
const CODE = /^[A-Za-z]+\d+[A-Za-z\d]*$/;
const AMOUNT_BESIDE = (p: string) => `"${clip(p)}" also gives an amount of the kind the question asks for; the rules cannot tell which answers.`;

/** An equation, a relation between unknowns (`2a + b = 7`) or a line or curve (`y = 5 - 3x`). */
function isRelation(v: Value): boolean {
  return v.k === 'equation' || (v.k === 'eq' && (v.lhs !== undefined || (v.rhs.k === 'scalar' && freeVars(v.rhs.node).size > 0)));
}

const EMPTY_SET = /\b(?:set of (?:all )?(?:real )?solutions|solution set|solutions? set|set)\s+(?:is|must be)\s+empty\b|\bthe empty set\b|\bno (?:real )?(?:solutions?|roots?|values? of [a-z])\b/i;
const NONE_OF = /\b(?:has|have|are|is|with)\s+no\s+(?:real\s+)?[a-z]+\s*[.!]?$/i;
