/**
 * Policy `final-answer`: what a whole response commits to. The winning level of extractAnswer (boxes,
 * then answer phrases, then the last output block) gives the candidates; a visible correction
 * between two of them keeps only what follows it; a response without any of those is read from its
 * last sentence.
 */
import { printedCount, printedTotal } from './output-total';
import { placeWord } from './text';
import { locateAnswers, type BoxAt } from '../answer';
import { no, type Outcome } from './outcome';
import { finalStatement, isPureMath } from './derivation';
import { sentenceAnswer, standaloneNumbers, withoutReason, withoutRemark } from './sentence';
import { afterWithdrawal, alsoOpen, bracketAfter, hedgedBox, restatementDisagrees, splitBracket, type AfterBracket } from './after-answer';
import { isProse, isWorking, lastSentence } from './last-sentence';
import { withoutDomain } from './domain';
import { closingParts } from './closing-parts';
import { pickedPrinted, sameShown } from './printed-pick';
import { closingRemark } from './closing-remark';
import { namesTheRest } from './rest-remark';
import { withoutRestatedAmount } from './units';
import { countWord } from './clauses';
import { normalise } from './normalise';
import { statedReading } from './stated';
import { balanced, definitionsThenChain, lastNamedLine, workedLastLine } from './working';

/** The answers a response commits to. */
export interface Committed {
  candidates: string[];
  /** Read from a sentence or a bare text rather than a box, an answer phrase or an output block. */
  bare: boolean;
  /** Earlier candidates were withdrawn by a visible correction ("a slip: redoing it gives …"). */
  corrected: boolean;
  /** The response's closing sentence, after its marked answer, keeps several values open ("So it is 189 or 378."). */
  hedgedAfter?: string;
  /** A bracket after the answer restates it as a number it cannot be ("5/8 (or equivalently 0.6)"). */
  contradicted?: string;
  /** The sentence a bare answer was read from, for a question that may ask for an earlier clause of it. */
  sentence?: string;
}

// "The answer is 8... no, 14.", "12 — wait, make that 13": a value withdrawn inside the answer phrase; what follows stands.
const SELF_CORRECTION = /^[^\n]*?(?:\.{2,}|…|[,;—–])\s*(?:no|wait|oops|sorry)\b[\s,!.—–-]*(?:(?:actually|wait|make (?:that|it)|it'?s|it is)\s+)*(?=[-\d$\\])/i;

function countedInProse(sentence: string): boolean {
  return /[.!]\s*$/.test(sentence) && !/[a-z]Error\b/.test(sentence) && countWord(sentence) !== null;
}

const LEAD_IN = /^(?:(?:so|thus|therefore|hence)\s*,?\s*)?(?:the\s+)?(?:final\s+)?(?:answer|result|value|total|solution)s?\s*(?:is|are|=|:)\s*:?\s*/i;

// Words that withdraw an earlier answer, and words that keep two answers open.
const CORRECTION = /\b(?:slip|mistake|error|erred|miscalculat\w*|typo|oops|wrong|incorrect|not correct|redo(?:ing)?|re-do(?:ing)?|recalculat\w*|recomput\w*|re-?check\w*|re-?evaluat\w*|check(?:ing)? (?:it |this |that )?again|double[- ]check\w*|correct(?:ion|ed|ing)|actually|wait|on second thought|let me fix|should (?:have )?be(?:en)?)\b/i;
const HEDGE = /\b(?:maybe|perhaps|possibly|might|could be|either|not sure|unsure|alternatively|probably|or so)\b/i;

/** The spans from the last visible correction on; all of them when there is none. */
function settled(text: string, spans: BoxAt[]): { spans: BoxAt[]; corrected: boolean } {
  for (let i = spans.length - 1; i > 0; i--) {
    const between = text.slice(spans[i - 1]!.end, spans[i]!.at);
    if (!CORRECTION.test(between)) continue;
    // "…wrong? maybe it is \boxed{64}" still keeps two answers open: no correction then.
    const after = text.slice(spans[i - 1]!.end, Math.min(text.length, spans[spans.length - 1]!.end + 120));
    if (HEDGE.test(after)) return { spans, corrected: false };
    return { spans: spans.slice(i), corrected: true };
  }
  return { spans, corrected: false };
}

/** `x = 3\ny = 4` printed on two lines is the list `x = 3, y = 4`; a matrix split over lines is left whole. */
function outputLines(text: string, question: string | undefined): string {
  // `print(k, frac * 100)` prints `0.18379546940293884 100.0`: values apart on one line are a list, not a product.
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).map((l) => (PRINTED_VALUES.test(l) ? l.split(/\s+/).join(', ') : l));
  if (lines.length === 1) return lines[0]!;
  const closing = printedTotal(lines, question) ?? printedCount(lines, question);
  if (closing !== null) return closing;
  if (lines.length < 2 || !lines.every((l) => balanced(l) && !/[,[({]$/.test(l))) return text;
  return lines.join(', ');
}

/**
 * A sentence after the last output states the result as the model reads it ("The winner waits 4
 * minutes.", where the program printed -4.0). With several numbers in it, the one that is the
 * printed value (as shown, or rounded) is meant; null when nothing after the output states one.
 */
function statedResult(after: string, output: string, question: string | undefined): { text: string; bare: boolean } | null {
  // "So $1 \le x \le 3547$." then "C" alone on the last line: the option the model picks.
  const letter = /\n\s*\(?\*{0,2}\(?([A-E])\)?\*{0,2}\)?\.?\s*$/.exec(after);
  if (letter) return { text: letter[1]!, bare: true };
  // A closing remark after the model's reading ("For large $M$ this gives $R \propto M^{-1/3}$, …, as expected.") is skipped.
  const sentence = lastSentence(after.trim(), (s, before) => closingRemark(s, before, question));
  if (!sentence || !/\d/.test(sentence) || sentence.startsWith('```')) return null;
  // Without words, only a line of mathematics after a connective states the result ("So sin α ≈ 0.9683.",
  // "So x = 2 or x = 3."): read whole, as a bare answer is.
  // So does one formula with `=` closed by a full stop ("$M \cap N = [-2, 1)$."): a sentence, not more working.
  if (!/[A-Za-z]{4,}/.test(after)) return /^(?:so|thus|hence|therefore)\b/i.test(sentence) || /^\$(?=\S)[^$]*=[^$]*[^\s$]\$\s*\.$/.test(sentence) ? { text: stated(sentence), bare: true } : null;
  const numbers = standaloneNumbers(sentence);
  if (numbers.length <= 1) return { text: sentence, bare: true };
  // "There are 120 ways, so the probability is 1/120.": a result clause goes on from the printed value.
  const reading = sentenceAnswer(sentence);
  if (reading.kind === 'value' && /\b(?:so|thus|therefore|hence)\b/i.test(sentence)) return { text: reading.text, bare: false };
  // "The sum is $\begin{pmatrix} 1 & 2 \\ 4 & 3 \end{pmatrix}$.": a formula the sentence states after a verb is its reading of the output.
  if (reading.kind === 'value' && STATES_FORMULA.test(sentence)) return { text: reading.text, bare: false };
  // "So $0.35 \times 100 = 35\%$ of the puppies have spots.": a result sentence whose chain goes on from the printed
  // value, read as any sentence is (where its formula's edges are marked).
  const full = /^(?:so|thus|therefore|hence)\b/i.test(sentence) ? statedReading(normalise(sentence), sentence) : null;
  if (full?.kind === 'value') return { text: full.text, bare: false };
  const printed = printedValues(output);
  const shown = numbers.filter((n) => printed.some((p) => sameShown(n, p)));
  if (shown.length === 1) return { text: shown[0]!, bare: false };
  const picked = shown.length > 1 ? pickedPrinted(sentence, printed, question) : null;
  return picked !== null ? { text: picked, bare: false } : null;
}

/** The numbers of the last printed line (`print(k, frac * 100)` prints two). */
function printedValues(output: string): number[] {
  const lastLine = output.trim().split('\n').pop()!.trim();
  return PRINTED_VALUES.test(lastLine) ? lastLine.split(/\s+/).map((v) => v.split('/').map(Number).reduce((n, d) => n / d)) : [];
}

// A printed line of numbers apart: `37.5`, `0.18379546940293884 100.0`, sympy's `3/2 27` (two values, not 3/2 × 27).
const PRINTED_VALUES = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?:\/\d+)?(?:\s+-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?:\/\d+)?)*$/i;

// (Or after a label and a colon: "Perimeter of $\triangle APQ$: $34 + 15 + 35 = 84$.")
const STATES_FORMULA = /(?:\b(?:is|are|equals|gives)|[=:])\s*\$(?=\S)[^$]*[^\s$]\$[\s.]*$/;

// `(a) 12`, `Part (b): 30`, `part c:`, `(ii)`: the label of one part of a multi-part answer.
// "(1) $\frac{1}{20}$  (2) $\frac{3}{5}$" numbers the parts too (checked to run 1, 2, … so "(2) (3)" stays a product).
const PART = /(?:^|[\s.;,])(?:part\s*)?\((?:[a-h]|i{1,3}|iv|vi?|\d)\)\s*:?|(?:^|[\s.;,])part\s+(?:[a-h]|\d)\s*:/gi;

/** "Part (a): 12. Part (b): 30." → ["12", "30"]; null unless the text is answers under two or more part labels. */
function partAnswers(text: string): string[] | null {
  // "1. 48" / "2. 384": answers numbered 1, 2, … one a line, each a short value (no words).
  const lines = text.includes('\n') ? text.trim().split('\n').map((l) => /^\s*(\d)[.)]\s+(\S.{0,39})$/.exec(l)) : [];
  if (lines.length >= 2 && lines.every((m, k) => m && Number(m[1]) === k + 1 && !/[A-Za-z]{3,}/.test(m[2]!))) return lines.map((m) => m![2]!.trim().replace(/[.;,\s]+$/, ''));
  if (!/^\s*(?:\(|part\b)/i.test(text)) return null;
  const marks = [...text.matchAll(PART)];
  if (marks.length < 2 || marks[0]!.index! > 0) return null;
  const numbered = marks.map((m) => /\((\d)\)/.exec(m[0])?.[1]);
  if (numbered.some((n) => n !== undefined) && numbered.some((n, k) => n !== String(k + 1))) return null;
  const parts = marks.map((m, k) => text.slice(m.index! + m[0].length, marks[k + 1]?.index ?? text.length).trim().replace(/[.;,\s]+$/, ''));
  return parts.every((p) => p.length > 0 && p.length <= 40) ? parts : null;
}

// "From smallest to largest: $c, a, b$", "Solution set: (1, 3)", "any real number except 0 and 1: …":
// words and a colon before the answer.
const WORD_LEAD_IN = /^[A-Za-z][A-Za-z0-9 ,'-]{2,60}:\s*(?=\S)/;

/** The answer after a lead-in in words, when what follows the colon is not itself prose (nor the rest of a ratio or a time: `3:4`). */
function withoutLeadIn(text: string): string {
  const m = WORD_LEAD_IN.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (/\d/.test(m[0]) && /^\d/.test(rest)) return text;
  return /[A-Za-z]{4,}/.test(rest.replace(/\\[A-Za-z]+/g, ' ')) ? text : rest;
}

// A sentence that states something: a verb of being or having ("The function is odd.", "The equation has one solution.").
const STATES = /\b(?:is|are|equals|has|have|contains|lies|lie)\b|\b(?:that|it|there|this|which)['’]s\b/i;
// …or what something does, in a short closing clause: "The harmonic series diverges.", "…, so the limit does not exist.",
// also after the test or theorem that gives it, comma or not: "By the alternating series test the series converges."
// (only after such a name: "By the comparison test we compare … and look at the terms again." says what nothing does).
const DOES = /(?:^|[,;:]\s*|\b(?:so|thus|hence|therefore)\s+|^(?:by|using|applying|via|according to)\s+[A-Za-z'’\s-]{0,60}?\b(?:test|theorem|rule|criterion|lemma|law|principle|formula|identity|inequality|property|definition)\s+)(?:the|this|that|it|its|each|every|both|our|their)\b(?:\s+[A-Za-z'’-]+){1,5}\s*[.!]?$/i;

/** The answer a closing sentence of working commits to: after a lead-in in words, then the value its working ends on. */
function stated(sentence: string): string {
  return finalStatement(withoutLeadIn(sentence));
}

/** The closing sentence after the last marked answer, when it keeps two values open with "or" ("So S_6 is 189 or 378."). */
function hedgeAfter(text: string, end: number): string | undefined {
  const tail = text.slice(end).trim();
  // "Hmm, unless white is half of the total; it might be 4.": a closing sentence that keeps another value open.
  const closing = lastSentence(tail);
  if (closing && (OTHER_VALUE_OPEN.test(closing) || alsoOpen(closing))) return closing;
  // "Hmm, maybe the relevant figure is 0.538.": a closing sentence that opens on a doubt and states a value wavers.
  if (closing && HEDGE_OPENING.test(closing) && /\d/.test(closing) && sentenceAnswer(closing).kind !== 'none') return closing;
  if (!/\bor\b/i.test(tail)) return undefined;
  const last = lastSentence(tail);
  if (!last || !/\bor\b/i.test(last)) return undefined;
  const values = standaloneNumbers(last).length + (last.match(/\$[^$]+\$/g)?.length ?? 0);
  // The two values must be what the sentence says something is ("…is 189 or 378"), not a remark ("3 or 4 are impossible").
  // …or two choice letters: "so the answer is A or B".
  if (/(?:\bis|\bare|\bbe)\s*\(?[A-K]\)?\s+or\s+\(?[A-K]\)?(?![\w(])/.test(last)) return last;
  return values >= 2 && /(?:\bis|\bare|\bbe|=)\s*\$?-?\d\S*\s+or\s+\$?-?\d/.test(last) ? last : undefined;
}

/**
 * The value a correcting sentence settles on: what the whole sentence states, or what its last clause
 * after a semicolon states when the reasons before it hold the denial ("Actually no, the apex is a
 * vertex, not an edge; it is 8."); null when neither states one value.
 */
function correctedClause(sentence: string): string | null {
  const whole = sentenceAnswer(sentence);
  // "Actually no wait, half of 2 is 1, so it's 3.": the value its result clause states, not "it's 3".
  if (whole.kind === 'value') return /^(?:it'?s|it is|that'?s|that is)\s/i.test(stated(sentence)) ? whole.text : stated(sentence);
  const last = sentence.slice(sentence.lastIndexOf(';') + 1).trim();
  const said = last !== sentence.trim() ? sentenceAnswer(last) : null;
  return said?.kind === 'value' ? said.text : null;
}

// "…; it might be 4.", "Or possibly C, if the equation were misread.": another answer kept open, also after
// an interjection and with "it's" ("Hmm, or maybe 0.538?", "Well, perhaps it is 12.").
// "Hmm, ", "Well — ", "Wait, ": an interjection before a closing sentence's doubt (also read past in rules.ts).
export const INTERJECTION = String.raw`(?:hmm+|hm|well|oh|wait)\b[\s,.!—–-]*`;
const OTHER_VALUE_OPEN = new RegExp(String.raw`\b(?:might|could|may)\s+(?:also\s+|instead\s+|actually\s+)?be\s+\$?-?\d|^(?:${INTERJECTION})?(?:or\s+|but\s+)?(?:possibly|maybe|perhaps|probably)\s+(?:it(?:'s|\s+is)\s+)?\(?[A-Ha-h\d$\\-]`, 'i');

// A sentence whose main clause opens on a doubt, after an interjection at most: "Hmm, wait — maybe …", "Perhaps …";
// after an interjection, the doubt may follow a clause of its own ("Hmm, but since 90% are burgers, maybe the figure is …").
const HEDGE_OPENING = new RegExp(String.raw`^(?:${INTERJECTION})*(?:or\s+|but\s+)?(?:possibly|maybe|perhaps)\b|^(?:hmm+|hm|well|oh|wait)\b[^.?!]*,\s*(?:possibly|maybe|perhaps)\b`, 'i');

// "I choose A.", "I'll go with (C).": the writer's own pick concludes too, and so does "This matches choice (A).".
const CONCLUDES = /^(?:so|thus|therefore|hence|finally|in conclusion)\b|\b(?:answer|choice|option) is\b|\b(?:matches|corresponds to|agrees with)\s+(?:the\s+)?(?:answer\s+)?(?:choice|option)\b|^(?:so,?\s+)?I(?:'ll| will)?\s+(?:choose|pick|select|go with)\b/i;

// Prose that ends on an open `=` or operator (a dangling `$` after it too): the text stops before the value.
// So does a sentence that stops on its copula ("…, the number of days it will take is").
const BROKEN_OFF = /(?:^|[^=<>!])(?:=|[+×÷]|\\(?:times|cdot|div))\s*\$?\s*$|\b(?:is|are|equals|will be|would be)\s*$/;

/** The candidates the response commits to, or a verdict when it commits to none. */
export function readResponse(pred: string, question?: string): Committed | Outcome {
  const got = locateAnswers(pred);
  if (got.source === 'output') {
    const output = got.spans[0]!.body;
    const stated = statedResult(got.text.slice(got.spans[0]!.end), output, question);
    // "So n = 10 or 11." after the output keeps two values open, as it would after a box.
    const hedged = hedgeAfter(got.text, got.spans[0]!.end);
    const extra = hedged ? { hedgedAfter: hedged } : {};
    // A sentence read whole is read as a closing sentence is: without a bracket that restates its value ("(which is 54°)").
    if (stated?.bare) return { ...bareAnswer(stated.text, (t) => t), ...extra };
    return stated ? { candidates: [stated.text], bare: false, corrected: false, ...extra } : { candidates: [outputLines(output, question)], bare: false, corrected: false, ...extra };
  }
  if (got.source === 'boxed' || got.source === 'answer-is') {
    const { spans, corrected } = settled(got.text, got.spans);
    const all = spans.map((s) => s.body.replace(LEAD_IN, '').replace(SELF_CORRECTION, ''));
    // An answer phrase's span may run on to the end of the text: the tail starts after its value.
    const lastSpan = spans[spans.length - 1]!;
    const bodyAt = got.text.slice(lastSpan.at, lastSpan.end).indexOf(lastSpan.body);
    const valueEnd = bodyAt < 0 ? lastSpan.end : lastSpan.at + bodyAt + lastSpan.body.length;
    const tail = got.text.slice(valueEnd);
    // "The answer is 12. Wait, I double counted; it should be 10.": the value the withdrawal settles on.
    // "…; maybe it is 12." after doubting it keeps two answers open: a hedge.
    const withdrawal = afterWithdrawal(tail);
    const redone = withdrawal ? lastSentence(tail.trim()) : null;
    const restated = redone !== null && sentenceAnswer(redone).kind !== 'none' && /\d|\$/.test(redone);
    const settledOn = restated && withdrawal === 'settled' ? correctedClause(redone) : null;
    if (settledOn !== null) return { candidates: [settledOn], bare: true, corrected: true };
    // A bracket after the answer: "45 (or 135 if …)" offers a second candidate; "1/2 (i.e. 0.5)" restates it.
    const split = got.source === 'answer-is' ? splitBracket(all[all.length - 1]!) : { body: all[all.length - 1]!, bracket: bracketAfter(got.text.slice(lastSpan.end)) };
    // "The answer is $x = 4$ ($x=-1$ is rejected because …)": a remark in words after it is not part of it.
    all[all.length - 1] = withoutDomain(withoutReason(split.bracket ? split.body : withoutRemark(split.body)));
    const alternative = split.bracket?.kind === 'alternative' ? [split.bracket.value] : [];
    const hedged = (restated && withdrawal === 'open' ? redone : undefined) ?? hedgeAfter(got.text, valueEnd) ?? hedgedBox(got.text, lastSpan.at, got.source === 'boxed' ? lastSpan.end : valueEnd);
    const extra = { ...(hedged ? { hedgedAfter: hedged } : {}), ...contradiction(all[all.length - 1]!, split.bracket) };
    if (got.source === 'boxed') return { candidates: [...all, ...alternative], bare: false, corrected, ...extra };
    // "whether the answer is correct, …" earlier in the text is not a competing answer: earlier
    // phrases count only when they look like a value (a digit or LaTeX, no long words).
    const looksLikeValue = (c: string) => /[\d\\]/.test(c) && !/[A-Za-z]{4,}/.test(c.replace(/\\[A-Za-z]+/g, ''));
    const phrases = [...all.slice(0, -1).filter(looksLikeValue), all[all.length - 1]!];
    return { candidates: [...(phrases.length === 1 ? (partAnswers(phrases[0]!) ?? phrases) : phrases), ...alternative], bare: false, corrected, ...extra };
  }
  // "…1.5 m of rope is left, i.e. 150 cm.": the same amount again in other units at the end is no later value.
  const trimmed = got.text.trim();
  const text = withoutRestatedAmount(trimmed) ?? trimmed;
  if (text.length === 0) return no('rule', 'The response is empty.');
  // "That leaves her with $50 − $35 = $", "…it will take is": a response cut off before its result commits to nothing.
  if (BROKEN_OFF.test(text)) return no('rule', 'The response breaks off before its result.');
  const parts = partAnswers(text) ?? closingParts(text);
  if (parts) return { candidates: parts, bare: false, corrected: false };
  if (!isProse(text) && !isWorking(text)) return bareAnswer(workedLastLine(text) ?? definitionsThenChain(text) ?? lastNamedLine(text) ?? text, (t) => finalStatement(withoutLeadIn(t.replace(LEAD_IN, ''))));
  // Prose without a marker: its last sentence may still state the result ("so the probability is 5/8").
  // "…spends $75.00 over the 30 days. That works out to $2.50 per day.": a closing remark on the answer is set aside,
  // and so is "The other 18 ran after the mouse." after the part the question asks for.
  const last = lastSentence(text, (s, before) => closingRemark(s, before, question) || namesTheRest(s, before, question));
  // A result in words counts too when the sentence concludes ("Therefore, the correct choice is (c).")
  // or states what something is or has, and a line of pure mathematics states its value; so does a
  // count in words with any verb in a sentence of prose ("The company can sponsor at most five team
  // members."; a program's "ZeroDivisionError: division by zero" is no count).
  if (last && (/\d/.test(last) || countedInProse(last) || placeWord(last) !== null || /\$|\\\(/.test(last) || CONCLUDES.test(last) || STATES.test(last) || DOES.test(last) || isPureMath(last) || withoutLeadIn(last) !== last)) {
    return bareAnswer(last, stated);
  }
  return no('rule', 'No final answer was found in the response (no box, "the answer is", output, or a result in its last sentence).');
}

/** A bare answer or closing sentence, read by `read` without a bracket that restates it; a bracket offering another value is a second candidate. */
function bareAnswer(text: string, read: (t: string) => string): Committed {
  const split = splitBracket(text);
  const alternative = split.bracket?.kind === 'alternative' ? [split.bracket.value] : [];
  const answer = read(withoutDomain(withoutReason(withoutRemark(split.body))));
  return { candidates: [answer, ...alternative], bare: alternative.length === 0, corrected: false, sentence: split.body, ...contradiction(answer, split.bracket) };
}

/** The bracket, when it restates the answer as a number the answer cannot be (policy `several-answers`). */
function contradiction(answer: string, bracket: AfterBracket | null): { contradicted?: string } {
  if (bracket?.kind !== 'restatement' || bracket.value === null) return {};
  // "So the probability is $\frac{5}{8}$ (…)": the value the sentence states.
  const said = sentenceAnswer(answer);
  const value = said.kind === 'value' ? said.text : answer;
  return restatementDisagrees(value, bracket.value, bracket.approximate) ? { contradicted: bracket.text } : {};
}
