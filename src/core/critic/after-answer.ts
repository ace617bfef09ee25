/**
 * Policy `final-answer` and `several-answers` for what a response writes right after its answer:
 * a bracket that offers another value ("45 (or 135 if the angle is obtuse)") is a second candidate,
 * a bracket that restates the value ("1/2 (i.e. 0.5)", "(≈ 0.67)") or remarks on something else
 * ("(and the probability of blue is 3/8)") is not the answer, and a later sentence that withdraws
 * the answer ("Wait, I double counted; it should be 10.") settles on the value it states.
 */
import { freeVars, type Node } from './ast';
import { decimalPrecision } from './names';
import { normalise } from './normalise';
import { approx, finite } from './numeric';
import { compareNodes } from './scalar';
import { parseValue } from './value';

/** A bracket right after the answer: what it adds to the answer. */
export type AfterBracket = { kind: 'alternative'; value: string; at: number } | { kind: 'restatement'; at: number; text: string; value: string | null; approximate: boolean };

// "(or 135 if …)", "(or possibly $135^\circ$)", "(alternatively, -1)": another value offered.
const ALTERNATIVE = /^\(\s*(?:or|alternatively)\b\s*,?\s*(?:(?:possibly|maybe|perhaps|even|else)\s+)?(\$[^$]+\$|\\\(.+?\\\)|-?[\d\\][^\s(),;]*(?:\([^()]*\))?[^\s(),;]*)/i;
// "(or D if the question means strictly)": another choice letter (upper case only: "(or a bit more)" is words).
const LETTER_ALTERNATIVE = /^\(\s*(?:[Oo]r|[Aa]lternatively)\b\s*,?\s*(?:(?:possibly|maybe|perhaps|even|else)\s+)?(?:(?:option|choice)\s+)?\(?([A-HJK])\)?(?=[\s,)])/;
// "(16 if zero is included)": a value under another assumption is an alternative too.
const CONDITIONAL = /^\(\s*(\$[^$]+\$|-?\d[^\s(),;]*)\s*,?\s+(?:if|when|assuming|in case|provided)\b/i;
// "(or equivalently 0.5)", "(i.e. 0.5)", "(= 0.5)", "(≈ 0.67)", "(about 12%)": the same value again, or rounded.
const RESTATEMENT = /^\(\s*\$?\s*(?:or\s*,?\s*(?:equivalently|in other words|simply)|equivalently|i\.\s?e\.|that is|namely|=|≈|~|\\approx|approx(?:imately|\.)?|about|roughly|in decimals?|as a (?:decimal|fraction|percent(?:age)?))/i;
// An alternative the response itself rejects is not kept open: "(or -1, which we reject)".
const REJECTED = /\b(?:reject\w*|discard\w*|extraneous|invalid|not valid|impossible|not possible|not allowed|ruled out)\b/i;

/** What the bracket at the start of `tail` (after optional `$`, spaces and a comma) adds to the answer; null when there is none. */
export function bracketAfter(tail: string): AfterBracket | null {
  const lead = /^[\s$]*[,.]?\s*(?=\()/.exec(tail);
  if (!lead) return null;
  const rest = tail.slice(lead[0].length);
  const close = closingBracket(rest);
  if (close < 0) return null;
  const bracket = rest.slice(0, close + 1);
  const restating = RESTATEMENT.exec(bracket);
  if (restating) {
    // The number it restates the answer as, when it is one ("(or equivalently $0.625$)"): it must agree.
    const value = bracket.slice(restating[0].length, -1).replace(/\$/g, '').replace(/[\s.]+$/, '').trim();
    const approximate = /(?:≈|~|\\approx|approx|about|roughly)\s*$/i.test(restating[0]);
    return { kind: 'restatement', at: lead[0].length, text: bracket, value: /^-?\d+(?:\.\d+)?\s*%?$/.test(value) ? value : null, approximate };
  }
  const alt = ALTERNATIVE.exec(bracket) ?? CONDITIONAL.exec(bracket) ?? LETTER_ALTERNATIVE.exec(bracket);
  if (!alt || REJECTED.test(bracket)) return null;
  return { kind: 'alternative', value: alt[1]!.replace(/^\$|\$$/g, '').replace(/^\\\(|\\\)$/g, '').trim(), at: lead[0].length };
}

function closingBracket(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

// Where a bracket that may restate or offer a value opens.
const OPENS = /\s*\((?=\s*(?:\$[^$]+\$|-?\d[^\s(),;]*)\s*,?\s+(?:if|when|assuming|in case|provided)\b|\s*\$?\s*(?:or\b|alternatively\b|equivalently\b|i\.\s?e\.|that is\b|namely\b|=|≈|~|\\approx|approx|about\b|roughly\b|in decimal|as a\s))/gi;

/** An answer cut before a bracket that restates or offers another value ("45 (or 135 if …)" → "45"), with that bracket. */
export function splitBracket(answer: string): { body: string; bracket: AfterBracket | null } {
  if (!answer.includes('(')) return { body: answer, bracket: null };
  for (const m of answer.matchAll(OPENS)) {
    if (m.index === 0) continue;
    const bracket = bracketAfter(answer.slice(m.index));
    if (bracket) return { body: answer.slice(0, m.index).replace(/[\s,;]+$/, ''), bracket };
  }
  return { body: answer, bracket: null };
}

// Words that withdraw an answer already given; checking words ("double-check", "verify") do not.
const WITHDRAWS = /\b(?:slip|mistake|miscalculat\w*|miscount\w*|double[- ]counted|overcounted|undercounted|typo|oops|wrong|incorrect|not correct|should (?:have )?be(?:en)?|actually|wait|on second thought|let me fix|correction|corrected)\b/i;
const STILL_OPEN = /\b(?:maybe|perhaps|possibly|might|could be|may have|either|not sure|unsure|alternatively|probably)\b/i;

/** How the text after a marked answer treats it: withdrawn (settled on what follows), doubted with another value kept open, or neither. */
export function afterWithdrawal(tail: string): 'settled' | 'open' | null {
  if (!WITHDRAWS.test(tail)) return null;
  return STILL_OPEN.test(tail) ? 'open' : 'settled';
}

// "it might be \boxed{15}", "probably \boxed{15}" / "\boxed{15}, I'm not sure": the box itself is hedged.
const HEDGE_BEFORE = /\b(?:(?:might|may|could)\s+(?:also\s+)?be|maybe|perhaps|possibly|probably)\s*,?\s*\$*\s*$/i;
// "he probably handles \boxed{120}", "perhaps the answer is \boxed{3}": a hedging adverb a few plain
// words before the box still qualifies the clause that states it. A comma or a connective between
// them starts another clause ("Perhaps surprisingly, …", "maybe, so we get …"), and a hedge inside
// a subordinate clause qualifies something else ("Since x might be negative we take \boxed{3}").
const HEDGE_ADVERB = /\b(?:maybe|perhaps|possibly|probably)\s+((?:[A-Za-z']+\s+){1,4})\$*\s*$/i;
const CONNECTIVE = /\b(?:so|thus|hence|therefore|then|and|but|or|because|since|as|if|when|unless|although|though|while|whether|which|not|no)\b/i;
const SUBORDINATE = /^\s*(?:since|because|as|if|when|unless|although|though|while|whether|even if)\b/i;
// "\boxed{189}, though depending on … it could also be 381": another value kept open in the same sentence.
const HEDGE_AFTER = /^\s*\$*\s*[,;(]?\s*(?:but\s+)?(?:I'?m|I am)\s+not\s+(?:sure|certain|confident)\b|^\s*\$*\s*[,;]?\s*(?:or so|maybe|perhaps|or (?:possibly|maybe|perhaps|probably))\b|^\s*\$*\s*[,;(]?\s*(?:though|although|but|or)\b[^.!?\n]*?\b(?:could|might|may)\s+(?:also\s+|instead\s+)?be\s+\$?-?[\d\\]/i;
// "\boxed{A}, or C if we divide by 10 …", "\boxed{12}, or 13 when …": another value offered under a condition.
const CONDITIONAL_AFTER = /^\s*\$*\s*[,;]\s*or\s+(?:else\s+)?(?:(?:option|choice)\s+)?(?:\(?[A-HJK]\)?|\$?-?\d[^\s,;$]*\$?)\s*,?\s+(?:if|when|unless|assuming|provided|in case|depending)\b/;
// "\boxed{A}, though C is also possible.", "Although C also looks plausible.", "5 would also work": another
// letter or number said to answer too. The letter must stand as a name ("A similar answer …" is an article).
const OTHER_VALUE = String.raw`(?:(?<![\\\w])\(?[A-HJK]\)?(?![\w(])|(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]))`;
// "D could also be argued if …", "C might be defended", "(A) could work too": the writer keeps another value open as a defensible answer
// ("could work" alone may be a step of the working: "also" or "too" says it answers besides the one chosen).
const ALSO_OPEN = new RegExp(OTHER_VALUE + String.raw`\s+(?:(?:(?:is|would|could|might|may|seems?|looks?|works?)\s+)?(?:be\s+)?(?:also|too)\s+(?:(?:be|look|looks|seem|seems)\s+)?(?:possible|plausible|correct|valid|works?|fits?|an?\s+(?:possible\s+|valid\s+)?(?:answer|option|choice|candidate))|(?:could|might|may|can)\s+(?:also\s+)?be\s+(?:argued|defended|justified|accepted|chosen|right|correct|valid)|(?:could|might|may|would)\s+(?:also\s+(?:work|fit|apply)|(?:work|fit|apply)\s+(?:too|as\s+well)))\b`);
/** The text says another value answers too ("C is also possible"), and does not reject it ("5 also works but is extraneous"). */
export function alsoOpen(text: string): boolean {
  return ALSO_OPEN.test(text) && !REJECTED.test(text);
}
// "\boxed{A}, unless the question means C": another value under a condition in the box's sentence.
const UNLESS_OTHER = new RegExp(String.raw`^[^.!?\n]*?\bunless\b[^.!?\n]{0,60}?` + OTHER_VALUE);
// "\boxed{120} calls, though I'm not completely sure about …": the writer's doubt later in the box's
// sentence, after a comma or "though"/"but" ("I'm not sure why the book says 6" doubts something else).
const DOUBT_AFTER = /^[^.!?\n]*?(?:,|\b(?:though|although|but))\s*(?:(?:though|although|but)\s+)?(?:(?:I['’]?m|I am)\s+not\s+(?:(?:quite|completely|entirely|totally|fully|absolutely|100%)\s+)?(?:sure|certain|confident)\b(?!\s+(?:why|how come)\b)|(?:I|we)\s+(?:might|may|could)\s+have\s+(?:miscounted|miscalculated|made\s+(?:a|an)\s+(?:mistake|error|slip)|gotten\s+(?:it|this|that)\s+wrong|messed\s+up)\b)/i;

// "I would choose (B), but (E) 144 is also possible if …; I'll say \boxed{B}": set against the choice by a
// contrast, another value said to answer too keeps it open. Without the contrast ("x = -1 also works, so the
// sum is …") the other value is part of the working, not a doubt.
const CONTRAST_OPEN = /\b(?:but|though|although|however)\b(.*)$/i;

function hedgedBefore(sentence: string): boolean {
  if (HEDGE_BEFORE.test(sentence)) return true;
  const contrast = CONTRAST_OPEN.exec(sentence);
  if (contrast && alsoOpen(contrast[1]!)) return true;
  const m = HEDGE_ADVERB.exec(sentence);
  return !!m && !CONNECTIVE.test(m[1]!) && !SUBORDINATE.test(sentence);
}

/** The sentence around a box when it hedges the boxed value; undefined otherwise. */
export function hedgedBox(text: string, at: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  let start = before.length;
  while (start > 0 && !'.!?\n'.includes(before[start - 1]!)) start--;
  const sentence = before.slice(start);
  const after = text.slice(end, end + 120);
  return hedgedBefore(sentence) || HEDGE_AFTER.test(after) || CONDITIONAL_AFTER.test(after) || DOUBT_AFTER.test(after) || alsoOpen(after.split(/[.!?\n]/)[0]!) || UNLESS_OTHER.test(after) ? (sentence + text.slice(at, end) + after.split(/[.!?\n]/)[0]).trim() : undefined;
}

/**
 * A number a bracket restates the answer as that is not the answer: "or equivalently", "i.e." or "="
 * claim the same value, judged as a bare decimal would be (policy `decimals`: "5/8 (or equivalently
 * 0.6)" is two values, a NO like ", or equivalently 0.6"; "(i.e. 0.625)" agrees); "≈", "about" only
 * claim a rounding, one way or the other, at the digits shown ("2/3 (≈ 0.67)", "12 (about 12.3)").
 * An answer that is not a plain number (a unit, a variable, a list) is never contradicted.
 */
export function restatementDisagrees(answer: string, restated: string, approximate: boolean): boolean {
  const v = parseValue(normalise(answer));
  if (v.k !== 'scalar' || v.unit !== null || v.degree || freeVars(v.node).size > 0) return false;
  const percent = (t: string) => (t.endsWith('%') ? 100 : 1);
  const digits = restated.replace(/\s*%$/, '');
  const said = parseValue(digits);
  if (said.k !== 'scalar') return false;
  if (!approximate) {
    const asAnswer: Node = v.percent ? { t: 'div', a: v.node, b: HUNDRED } : v.node;
    const asSaid: Node = restated.endsWith('%') ? { t: 'div', a: said.node, b: HUNDRED } : said.node;
    return compareNodes(asSaid, asAnswer).equal === false;
  }
  const a = approx(v.node);
  if (!finite(a) || a.im !== 0) return false;
  const value = a.re / (v.percent ? 100 : 1);
  const number = Number(digits) / percent(restated);
  const plain = /^-?\d+(?:\.\d+)?$/.exec(normalise(answer).replace(/\\?%$/, ''));
  const ulp = Math.max(decimalPrecision(digits.replace(/^-/, '')).ulp / percent(restated), plain ? decimalPrecision(plain[0].replace(/^-/, '')).ulp / (v.percent ? 100 : 1) : 0);
  return Math.abs(value - number) > (ulp / 2) * (1 + 1e-9) + 1e-12 * Math.abs(value);
}

const HUNDRED: Node = { t: 'num', v: { n: 100n, d: 1n }, approx: false, text: '100' };
