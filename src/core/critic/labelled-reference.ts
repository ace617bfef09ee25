/**
 * Policy `several-answers`: a reference that labels its values in words, "maximum $6$, minimum $-3$",
 * is its values in the order of its labels (6, -3), and a response that labels its values is matched
 * label by label, whatever order it gives them in: "Minimum value: $-2$ (at $x=1$); maximum value: $18$
 * (at $x=3$)." against "maximum $18$, minimum $-2$" gives 18, -2. A bracketed remark after a value
 * ("(at $x=1$)") is no part of it.
 */
import { HEDGE_WORDS } from './sentence';

/** A value and the words that label it. */
export interface LabelledValue {
  label: string;
  value: string;
}

// One item of the reference: a label of words (three letters or more, not `x = 3`), `:`/`=`/"is" or nothing, then a value.
const ITEM = /^\s*(?:\\text\{\s*)?([A-Za-z]{3,}(?:\s+[A-Za-z]{2,}){0,2})\s*\}?\s*(?::|=|\bis\b)?\s*(\$[^$]+\$|-?\d+(?:\.\d+)?(?:\/\d+)?)\s*$/;

/** The items of a text split at its commas and semicolons outside `$…$` and brackets. */
function items(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inMath = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '$') inMath = !inMath;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && !inMath && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** The value written in an item: the formula's last side (`$g(2) = 6$` is 6). */
function valueIn(raw: string): string {
  const body = raw.replace(/^\$|\$$/g, '').trim();
  return body.includes('=') ? body.slice(body.lastIndexOf('=') + 1).trim() : body;
}

/** "maximum $6$, minimum $-3$" → its labelled values in order; null unless every item is a label in words and a value, two or more, labels distinct. */
export function labelledReference(gold: string): LabelledValue[] | null {
  if (!/[A-Za-z]{3}/.test(gold) || !/[,;]/.test(gold)) return null;
  const found: LabelledValue[] = [];
  for (const item of items(gold)) {
    const m = ITEM.exec(item);
    if (!m) return null;
    found.push({ label: m[1]!.toLowerCase(), value: valueIn(m[2]!) });
  }
  const keys = found.map((f) => key(f.label));
  return found.length >= 2 && keys.every((k) => k.length > 0) && new Set(keys).size === found.length ? found : null;
}

// The words that name the same extreme; "value(s)" after a label adds nothing ("maximum value" is "maximum").
const SAME: Record<string, string> = { maximum: 'max', max: 'max', largest: 'max', greatest: 'max', biggest: 'max', highest: 'max', minimum: 'min', min: 'min', smallest: 'min', least: 'min', lowest: 'min' };
const SYNONYMS: Record<string, string[]> = { max: ['maximum', 'max', 'largest', 'greatest', 'biggest', 'highest'], min: ['minimum', 'min', 'smallest', 'least', 'lowest'] };

function key(label: string): string {
  return label.split(/\s+/).filter((w) => !/^values?$/.test(w)).map((w) => SAME[w] ?? w.replace(/s$/, '')).join(' ');
}

// After the label: "value", an "of/on …" naming the function or the interval, then ":", "=", "is" … and the value.
const QUALIFIER = String.raw`(?:\s+(?:of|on|over|in|for)\s+(?:\$[^$]*\$|\[[^\]]*\]|\([^)]*\)|[^\s,;:.=$()]+)(?:\s+(?:\$[^$]*\$|\[[^\]]*\]|\([^)]*\)|[^\s,;:.=$()]+)){0,3}?)?`;
const VALUE = String.raw`(\$[^$]+\$|-?\d+(?:\.\d+)?(?:\/\d+)?)`;

/** The pattern of a label in a response: each word or a word for the same extreme, "value(s)" after it or not. */
function labelPattern(label: string): RegExp {
  const words = key(label).split(' ').map((w) => (SYNONYMS[w] ?? [w, `${w}s`]).join('|'));
  const body = words.map((w) => `(?:${w})`).join(String.raw`\s+`);
  // After a qualifier a verb or sign must come ("the maximum of $g$ on $[0, 5]$ is $6$": $[0, 5]$ is no value); right after the label it may not ("maximum $6$").
  return new RegExp(String.raw`\b(?:${body})(?:\s+values?)?(?:${QUALIFIER}\s*(?::|=|\bis\b|\bwas\b|\bequals\b)|\s*:?)\s*(?:equal\s+to\s+)?${VALUE}`, 'gi');
}

/**
 * The values a response's text gives under each of the reference's labels, in the reference's order;
 * null unless each label names exactly one value there and the text keeps none open ("maybe", "or").
 */
export function valuesByLabel(text: string, labels: LabelledValue[]): string[] | null {
  // "\text{max } 6": the words of a text command; "(at $x=1$)": a remark after a value, dropped.
  const plain = text.replace(/\\text\{([^}]*)\}/g, '$1').replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, ' ').replace(/\*\*|__/g, '');
  if (HEDGE_WORDS.test(plain.replace(/\$[^$]*\$/g, ' '))) return null;
  const values: string[] = [];
  for (const l of labels) {
    const said = [...new Set([...plain.matchAll(labelPattern(l.label))].map((m) => valueIn(m[1]!)))];
    if (said.length !== 1) return null;
    values.push(said[0]!);
  }
  return values;
}
