/**
 * Policy `final-answer` for answers written as sentences with formulas in them: what the sentence
 * states, read where `$…$` marks each formula; the labelled formula the question asks for; a
 * labelled ratio turned to the question's order; several labelled values put in the question's order.
 */
import { askedUnit } from './asked-unit';
import { questionPhrase } from './question-phrase';
import { askedPart } from './question';
import { resultClauseAt } from './clauses';
import { numberWord } from './text';
import { countGivenAfterFormula, thereAreCount } from './counted';
import { HEDGE_WORDS, sentenceAnswer, standaloneNumbers, type SentenceReading } from './sentence';

const MONEY_QUESTION = /\bdollars?\b|\bhow much (?:money|does|did|will|do)\b|\bcosts?\b|\bprice\b|\bearn(?:s|ed)?\b/i;
export const INLINE_MATH_MARK = /\$|\\\(/;
export const APPROXIMATION_WORDS = /\b(?:approximately|about|around|roughly|nearly|i\.e\.|that is|or|equivalently)\b/gi;

/** The text with its inline formulas (`$…$`, `\(…\)`) blanked out. */
export function outsideMath(text: string): string {
  return text.replace(/\$\$[^$]*\$\$|\$[^$]*\$|\\\([\s\S]*?\\\)/g, ' ');
}

/** The bodies of a text's inline formulas (`$…$`, `\(…\)`), in order. */
export function inlineFormulas(text: string): string[] {
  return [...text.matchAll(/\$([^$]+)\$|\\\(([\s\S]+?)\\\)/g)].map((m) => (m[1] ?? m[2])!);
}

// Only a question that asks for the extreme count or amount itself: "the probability of at least one head" asks no bound.
const ASKS_MAXIMUM = /\b(?:maximum|greatest|largest|most) (?:possible )?(?:number|amount|value)\b|\bmaximum\b/i;
const ASKS_MINIMUM = /\b(?:minimum|least|fewest|smallest) (?:possible )?(?:number|amount|value)\b|\bminimum\b|\bfewest\b/i;

/** The bound phrase ("at most" for a maximum) that answers the question's extreme; null when it asks for none or both. */
function askedBound(question: string): RegExp | null {
  const most = ASKS_MAXIMUM.test(question), least = ASKS_MINIMUM.test(question);
  return most === least ? null : most ? /\bat most\b/gi : /\bat least\b/gi;
}

/**
 * What a sentence states. Read on the sentence as written first, where `$…$` still marks where each
 * formula starts and ends ("…, which gives $a < -3$" states `a < -3`; normalised, the formula's
 * edges are gone and only `-3` looks like a value); on the normalised text when that finds no one value.
 */
export function statedReading(p: string, written: string | null, question = ''): SentenceReading {
  // "The company can sponsor at most five team members." for "What is the maximum number …?": the bound
  // the question asks for is the answer, not a hedge (for any other question "at most 5" keeps 5 open).
  const bound = askedBound(question);
  if (bound && bound.test(p)) {
    const strip = (t: string) => t.replace(bound, ' ');
    return statedReading(strip(p), written === null ? null : strip(written));
  }
  // "82 people responded either "never" or "almost never"." repeats the question's words: no hedge (question-phrase.ts).
  const repeated = questionPhrase(p, question);
  if (repeated) return statedReading(p.replace(repeated, ' '), written === null ? null : written.replace(repeated, ' '), question);
  // "There are two such values, $c = \pm 2\sqrt{10}$." for "For how many values …?": the count, not the values it lists.
  const listed = written !== null && INLINE_MATH_MARK.test(written) && /\bhow many\b/i.test(question) ? thereAreCount(p, question) : null;
  if (listed !== null) return { kind: 'value', text: listed };
  if (written !== null && INLINE_MATH_MARK.test(written)) {
    // (The labelled formula the question asks for, among several, is read before this: askedFormula.)
    const raw = sentenceAnswer(written);
    // Hedge words before the formula ("It is more than $5$.") are seen on the normalised text.
    if (raw.kind === 'hedged') return raw;
    if (raw.kind === 'value') return sentenceAnswer(p).kind === 'hedged' ? { kind: 'hedged' } : (clauseAfterFormulas(written, question) ?? raw);
    // "$8^5 \cdot 5^{10} = 243 \cdot 10^{15}$, which has eighteen digits.", "$z = 0$ together with the sixth roots
    // of unity gives seven complex numbers.": several numbers in the formulas, one count of the asked thing after them.
    const count = raw.kind === 'several' ? countAfterFormulas(written, question) : null;
    if (count !== null) return count;
  }
  // "2^{10} = 1024, which has four digits.": the count after a formula written without `$`.
  const unmarked = written !== null && written.includes(',') && question.includes('many') ? countAfterFormulas(written, question) : null;
  if (unmarked !== null) return unmarked;
  const reading = sentenceAnswer(p);
  const counted = reading.kind === 'value' ? null : thereAreCount(p, question);
  if (counted !== null) return { kind: 'value', text: counted };
  // "There were approximately **2,900** gray wolves in 2008.": of several numbers, the one the writer set in bold.
  if (reading.kind === 'several' && written !== null && written.includes('**')) {
    // (A bold amount with its words, "**37.5 degrees Breadus**", is its number.)
    const bold = [...written.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.replace(/\$/g, '').trim().replace(/^(-?\d[\d,]*(?:\.\d+)?%?)\s+[A-Za-z][A-Za-z\s'-]*$/, '$1')).filter((t) => /\d/.test(t) && !/[A-Za-z]{3,}/.test(t.replace(/\\[A-Za-z]+/g, ' ')));
    if (bold.length === 1) return { kind: 'value', text: bold[0]! };
  }
  // "Kayla earned \$2600 after 10 weeks." for a question that asks for dollars: the one amount the writer marked as money.
  // (Read in the question's last sentence, which asks: "Tickets cost $5 each. How many did she buy?" asks a count.)
  const asks = question.trim().split(/(?<=[.?!])\s+/).pop() ?? '';
  if (reading.kind === 'several' && written !== null && MONEY_QUESTION.test(asks) && !/\bhow many\b/i.test(asks)) {
    // `\$2600`, or a lone `$` before a number (no formula can close it: Pandoc's rule).
    const lone = (written.replace(/\\\$/g, '').match(/\$/g) ?? []).length === 1;
    const money = [...written.matchAll(lone ? /\\?\$\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)/g : /\\\$\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)/g)].map((m) => m[1]!);
    if (money.length === 1) return { kind: 'value', text: money[0]! };
  }
  if (reading.kind === 'several') return askedAmount(p, asks, question) ?? factorAsked(p, asks) ?? reading;
  return reading;
}

/**
 * "$612 \div 36 = 17$ yards, so 612 inches are equivalent to 17 yards.": a result clause after the last
 * formula that gives the amount the question counts beside numbers the question gives is the result
 * (the formula is its working); null when there is no such clause.
 */
function clauseAfterFormulas(written: string, question: string): SentenceReading | null {
  const end = [...written.matchAll(/\$[^$]+\$|\\\)/g)].pop();
  const after = end ? written.slice(end.index! + end[0].length) : '';
  const asks = question.trim().split(/(?<=[.?!])\s+/).pop() ?? '';
  const at = resultClauseAt(after);
  return at !== null ? askedAmount(after.slice(at), asks, question) : countAfterFormulas(written, question);
}

/**
 * "The number is $10^{15} \cdot 243$, which has eighteen digits." for "How many digits …?": a relative
 * clause after the last formula that gives a count of the very thing the question counts states it
 * (exactly that count, no hedge); null otherwise.
 */
export function countAfterFormulas(written: string, question = ''): SentenceReading | null {
  const mark = [...written.matchAll(/\$[^$]+\$|\\\)/g)].pop();
  const end = mark ? mark.index! + mark[0].length : unmarkedFormulaEnd(written);
  const given = end !== null ? countGivenAfterFormula(written.slice(end), question) : null;
  if (given !== null) return { kind: 'value', text: given };
  const has = end !== null ? RELATIVE_HAS.exec(written.slice(end)) : null;
  const named = has ? askedThing(question.trim().split(/(?<=[.?!])\s+/).pop() ?? '') : null;
  if (!has || !named) return null;
  const rest = written.slice(end! + has[0].length);
  const count = new RegExp(String.raw`^(?:exactly\s+)?(\d[\d,]*|[a-z][a-z\s-]*?)\s+${named.source}\s*[.!]?\s*$`, 'i').exec(rest)?.[1];
  const n = count === undefined ? null : /\d/.test(count) ? count.replace(/,/g, '') : numberWord(count);
  return n === null ? null : { kind: 'value', text: String(n) };
}

/**
 * "2^{10} = 1024, which has four digits.": where a formula written without `$` ends, at the last comma,
 * when all before it (after a connective) is mathematics with a digit in it; null otherwise.
 */
function unmarkedFormulaEnd(written: string): number | null {
  const comma = written.lastIndexOf(',');
  if (comma < 0) return null;
  const before = written.slice(0, comma).replace(/^\s*(?:so|thus|hence|therefore|then)\b,?/i, '').replace(/\\[A-Za-z]+/g, ' ');
  return before.includes('=') && /\d/.test(before) && !/[A-Za-z]{2,}/.test(before) ? comma : null;
}

// "…, which has four digits", in apposition ("…, a number with four digits"), or with the formula as subject ("$2^{10} = 1024$ has four digits").
const RELATIVE_HAS = /^\s*,?\s*(?:(?:(?:which|that)\s+)?(?:has|have|contains?)|an?\s+(?:[a-z]+\s+){1,2}?with)\s+/i;

/** The words of the thing a question counts or prices, as a pattern that also takes their plural; null when it names none. */
// "What is the sale price?": the amount the thing is said to sell for ("…and the shirt now sells for $30"), not the discount.
const ASKED_SALE = /\bwhat (?:is|was|will be) (?:the|its) (?:new |final )?(?:sale|selling|discounted|reduced) price\b/i;
const SELLS = /\b(?:sells?|selling|sold|(?:sale|selling|discounted|reduced|new|final) price)\b/i;

function askedThing(asks: string): RegExp | null {
  const m = ASKED_THING.exec(asks);
  if (!m) return ASKED_SALE.test(asks) ? SELLS : askedUnit(asks);
  const names = (m[1] ?? m[2] ?? m[3])!.toLowerCase().split(/\s+/);
  const stem = names.pop()!.replace(/(?:es|s)$/, '');
  return new RegExp(String.raw`\b${[...names, stem].join('\\s+').replace(/['’]/g, "['’]")}(?:s|es)?\b`, 'i');
}

// "…what is k multiplied by in order to …?": the factor a question asks to apply to a named quantity.
const ASKED_FACTOR = /\bwhat (?:is|are|must|should|would|will|does|do) ((?:the\s+)?[A-Za-z]\w*(?:\s+[A-Za-z]\w*)?) (?:be )?(multiplied|divided|increased|decreased|reduced|raised|scaled|shifted) by\b/i;

/**
 * "To keep the ratio 11 : 12, k must also be multiplied by 17." for "what is k multiplied by …?": beside
 * numbers the question gives, the number the sentence applies to the same quantity with the same verb;
 * null unless exactly one, stated without a hedge or a second value after it.
 */
function factorAsked(p: string, asks: string): SentenceReading | null {
  const m = ASKED_FACTOR.exec(asks);
  if (!m || HEDGE_WORDS.test(p)) return null;
  const name = m[1]!.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...p.matchAll(new RegExp(String.raw`\b${name}\b[^.;:,]*?\b${m[2]} by\s+(-?\d+(?:\.\d+)?(?:\/\d+)?)(?=\s*(?:[.;!,]|$|\s+(?:to|in|so|for)\b))`, 'gi'))];
  return found.length === 1 ? { kind: 'value', text: found[0]![1]! } : null;
}

// The thing a question counts or prices: "How many up quarks does …", "How much does one coloring book cost?".
const ASKED_THING = /\bhow many\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:does|do|did|is|are|was|were|will|would|can|could|should|must|has|have|had|in|on|at|for|per)\b|\bhow much (?:does|do|did|will|would) (?:(?:a|an|one|each|the)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+cost\b|\bwhat (?:is|was|are|were) the (?:price|cost)(?:,\s*in [a-z]+,)?\s+of (?:(?:a|an|one|each|the)\s+)?((?:[a-z'’-]+\s+){0,3}?[a-z'’-]+)\s*\?/i;

/**
 * "…, so tritium has 2 + 1 + 1 = 4 up quarks and 5 down quarks." for "How many up quarks …?", "So each
 * coloring book costs $1.50 and each box of crayons costs $3.00." for "How much does one coloring book
 * cost?": a result clause that gives several amounts joined by "and", exactly one of them named as the
 * thing the question counts or prices, states that one. Null when none or several parts name it.
 */
function askedAmount(p: string, asks: string, question: string): SentenceReading | null {
  const named = askedThing(asks);
  if (!named) return null;
  const clause = p.replace(/[.!]\s*$/, '').split(/,?\s*\b(?:so|thus|therefore|hence)\b\s*,?\s*/i).pop()!;
  const parts = clause.split(/,?\s+and\s+/i);
  if (parts.length === 1) return askedBesideGiven(clause, named, question);
  const asked = parts.filter((part) => named.test(part));
  if (parts.length < 2 || asked.length !== 1) return null;
  const said = sentenceAnswer(asked[0]!);
  return said.kind === 'value' ? said : null;
}

/**
 * "So 612 inches equal 51 yards." for "How many yards are equivalent to 612 inches?": the one number
 * written before the thing the question counts, when every other number restates one the question gives.
 */
function askedBesideGiven(clause: string, named: RegExp, question: string): SentenceReading | null {
  const before = new RegExp(String.raw`(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s+(?=${named.source})`, 'gi');
  const counted = [...clause.matchAll(before)].map((x) => x[1]!);
  if (counted.length !== 1) return null;
  const given = new Set(standaloneNumbers(question).map((n) => n.replace(/,/g, '')));
  const others = standaloneNumbers(clause).filter((n) => n.replace(/,/g, '') !== counted[0]!.replace(/,/g, ''));
  return others.length > 0 && others.every((n) => given.has(n.replace(/,/g, ''))) && !HEDGE_WORDS.test(clause) ? { kind: 'value', text: counted[0]! } : null;
}

/**
 * "…, so $z = \frac{2+i}{i} = 1 - 2i$ and $\bar{z} = 1 + 2i$." for "what is the value of $\bar{z}$?":
 * of the labelled formulas a sentence gives, the one whose label is the very formula the question
 * asks for (in the part after "find", "what is", "value of" …; `N` is not `M \cap N`); null unless exactly one.
 */
export function askedFormula(written: string, question: string | undefined): string | null {
  const part = question ? askedPart(question) : null;
  if (!part) return null;
  const bare = (t: string) => t.replace(/=\s*\?|\?|[{}\s]/g, '');
  // The formulas the question asks for, as written there ("$\bar{z}=?$": the `=` before a question mark asks).
  const wanted = new Set(inlineFormulas(part).map(bare));
  // "find $\angle B$": in a triangle the angle is named by its vertex, `B = \frac{3\pi}{10}`.
  for (const w of [...wanted]) if (/^\\(?:measured)?angle[A-Z]$/.test(w)) wanted.add(w.slice(-1));
  // A one-letter name in the words ("Find the expression of A."); not the article `a` or the pronoun `I`.
  for (const m of outsideMath(part).matchAll(/(?<![\w\\'’])([A-Za-z])(?![\w'’])/g)) if (m[1] !== 'a' && m[1] !== 'I') wanted.add(m[1]!);
  const asked = inlineFormulas(written)
    .map((f) => f.trim())
    .filter((f) => f.includes('=') && wanted.has(bare(f.split('=')[0]!)))
    .map((f) => `${f.split('=')[0]!.trim()} = ${f.slice(f.lastIndexOf('=') + 1).trim()}`);
  return asked.length === 1 ? asked[0]! : null;
}

/**
 * `S_2 : S_1 = 4 : 9` for "Find $S_1 : S_2$": the labelled ratio turned to the order of `question`
 * (`S_1 : S_2 = 9 : 4`), so a ratio stated the other way round is judged as the question asks it.
 * `question` may also be a reference labelled the same way (`S_1 : S_2 = 9 : 4`).
 */
export function orientedRatio(p: string, question: string): string {
  const m = /^([^:=]+?)\s*:\s*([^:=]+?)\s*=\s*([^:=]+?)\s*:\s*([^:=]+)$/.exec(p);
  if (!m) return p;
  const key = (t: string) => t.replace(/[\s{}$]/g, '');
  const q = key(question);
  const [a, b] = [key(m[1]!), key(m[2]!)];
  return a !== b && q.includes(`${b}:${a}`) && !q.includes(`${a}:${b}`) ? `${m[2]!.trim()} : ${m[1]!.trim()} = ${m[4]!.trim()} : ${m[3]!.trim()}` : p;
}

// A combination of unknowns in a question's words ("the value of 8x + 10y", "x^2 + y^2").
const TERM = String.raw`(?:\d+(?:\.\d+)?\s*)?[A-Za-z](?:\s*\^\s*\{?\d+\}?)?`;
const COMBINATION = new RegExp(String.raw`(?<![A-Za-z\\])${TERM}(?:\s*[-+*/]\s*${TERM})+(?![A-Za-z])|(?<![A-Za-z\\])\d+[A-Za-z](?![A-Za-z])`, 'g');

/**
 * "So $x = -\frac{22}{3}$ and $y = \frac{49}{6}$." for "what is the value of 8x + 10y?": the sentence
 * gives the unknowns one by one, while the question asks for a combination of them; it never states
 * the value asked for. The labels it gives, or null when that is not so.
 */
export function unknownsInsteadOfCombination(written: string, question: string | undefined): string[] | null {
  const part = question ? askedPart(question) : null;
  if (!part) return null;
  const formulas = inlineFormulas(written).map((f) => f.trim());
  const labels = formulas.map((f) => (f.includes('=') ? f.slice(0, f.indexOf('=')).trim() : ''));
  if (labels.length < 2 || !labels.every((l) => /^[A-Za-z]$/.test(l))) return null;
  // Each combination the question names, as its letters: "8x + 10y" → xy; a formula in `$…$` too ("$ab$").
  const asked = [...[...part.matchAll(COMBINATION)].map((m) => m[0]), ...inlineFormulas(part)];
  const letters = asked.map((a) => a.replace(/\\[A-Za-z]+/g, ' ').replace(/[^A-Za-z]/g, ''));
  // A label the question names on its own is asked for; every label must be a letter of one combination.
  if (letters.some((l) => labels.includes(l))) return null;
  return letters.some((l) => l.length > 1 && labels.every((label) => l.includes(label))) ? labels : null;
}

// Policy `several-answers`: "The sum is $384$ and $a_7 = 48$." gives its values in its own order; against a
// reference listed in the order the question asks ("What is $a_{7}$? What is the sum …?") they are put in the
// question's order, by the label each has. Words before "is" label the value after them: "The sum is".
const WORD_LABEL = /(?:^|[\s,;])(?:the\s+)?([A-Za-z][A-Za-z ]{0,40}?)\s+(?:is|equals)\s*$/i;
const bareLabel = (t: string) => t.replace(/\\left|\\right|[\s{}$]/g, '');

/** The label a value of the run has in the sentence: its formula's left side or the words before "is"; null when none. */
function labelOf(item: string, before: string): { formula: string } | { words: string } | null {
  if (item.includes('=')) return { formula: bareLabel(item.slice(0, item.indexOf('='))) };
  const words = WORD_LABEL.exec(before)?.[1]?.trim().split(/\s+/).pop();
  return words && words.length >= 3 ? { words } : null;
}

/** The run in the order the question names its labels; the run as given unless every label is found once in the question. */
export function inQuestionOrder(written: string, run: string[] | null, question: string | undefined): string[] | null {
  if (!run || !question || run.length < 2) return run;
  const q = bareLabel(question);
  let from = 0;
  const placed: { item: string; at: number }[] = [];
  for (const item of run) {
    const at = written.indexOf(item, from);
    if (at < 0) return run;
    // The text since the previous value: where this value's words label it.
    const label = labelOf(item, written.slice(from, at).replace(/\$\s*$/, ''));
    from = at + item.length;
    // The last mention: the question's ask comes after its data ("a_{5}=12, …. What is the value of a_{7}?").
    const where = label === null ? -1 : 'formula' in label ? q.lastIndexOf(label.formula) : lastWord(question, label.words);
    if (where < 0) return run;
    placed.push({ item, at: 'formula' in label! ? where : bareLabel(question.slice(0, where)).length });
  }
  if (new Set(placed.map((p) => p.at)).size !== placed.length) return run;
  return [...placed].sort((a, b) => a.at - b.at).map((p) => p.item);
}

function lastWord(text: string, word: string): number {
  const all = [...text.matchAll(new RegExp(String.raw`\b${word}\b`, 'gi'))];
  return all.length > 0 ? all[all.length - 1]!.index! : -1;
}
