/** Short text answers (policy `text`): case, spacing, punctuation and articles do not matter. */

// "a right-angled triangle" is the British name of a right triangle (so acute-, obtuse-angled); its hyphen is no minus.
const ANGLED = /\b(right|acute|obtuse)[\s-]angled\b/gi;

/** A comparable form of a short text answer ("neither even nor odd" is the answer "neither"). */
export function textKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\\[a-z]+/g, ' ')
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    // "DNE" is how "does not exist" is abbreviated in answer keys and by models.
    .replace(/\bdne\b/g, 'does not exist')
    .replace(ANGLED, '$1')
    .replace(/\bneither\s+\w+\s+nor\s+\w+/g, 'neither')
    .replace(/\s+/g, ' ')
    .trim();
}

// (Module level: sameText runs on most pairs, and closures made per call cost there.)
/** The brackets, operators and digits of a text: punctuation may differ, these may not. */
const symbols = (t: string) => t.replace(ANGLED, '$1').replace(/[^()[\]{}\\^_=\/*+<>|0-9-]/g, '');
const singular = (k: string) => k.replace(/(\w{3,})s\b/g, '$1');
/** "infinitely many" = "infinitely many solutions": a trailing generic noun adds nothing. */
const bare = (k: string) => singular(k).replace(/\s+(?:solution|value|number|answer|root|way|possibilitie|possibility|condition|function)$/, '');

/**
 * True when two short texts say the same thing (after textKey; a trailing plural `s` ignored, and a
 * trailing noun that adds nothing: a generic one, or one naming the kind of thing the question asks
 * about — "obtuse triangle" for "obtuse" when the question is about a triangle).
 */
export function sameText(a: string, b: string, question?: string): boolean {
  const conditions = conditionKind(a, question) ?? '';
  if (conditions && conditionKind(b, question)) return sameCondition(conditions, conditionKind(b, question)!) === true;
  // `LRAC = SRAC` against `SRAC=LRAC`: an equation between named quantities reads the same either way round.
  const [ea, eb] = [wordEquation(a), wordEquation(b)];
  if (ea !== null && eb !== null) return ea === eb;
  const ka = verbForm(textKey(a));
  const kb = verbForm(textKey(b));
  // Words only: `\frac{1}{` must not become "1" and match a number.
  if (!/[a-z]/.test(ka) || !/[a-z]/.test(kb) || /[\\{}^_=]/.test(a + b)) return false;
  // Punctuation may differ, but not brackets, operators or digits: `f[1)` is not `f(1)`.
  if (symbols(a) !== symbols(b)) return false;
  if (ka === kb) return true;
  if (singular(ka) === singular(kb) || bare(ka) === bare(kb)) return true;
  if (!question) return false;
  const asked = questionWords(question);
  const named = (k: string) => {
    const m = /^(.+) (\w+)$/.exec(bare(k));
    return m && asked.has(m[2]!) ? m[1]! : bare(k);
  };
  // One side only: "converges conditionally" and "converges absolutely" both end on a word the question
  // writes, and dropping it from both would make them the same.
  return named(ka) === bare(kb) || bare(ka) === named(kb);
}

// "divergent" says what "diverges" says (and "absolutely convergent" what "converges absolutely" says): a
// reference that names what a series does is answered by the adjective of that verb.
const VERGENT = /\b(?:(absolutely|conditionally|uniformly) )?(con|di)vergent\b/g;
/** A text key with "divergent" as "diverges" ("absolutely convergent" as "converges absolutely"). */
export const verbForm = (k: string) => (k.includes('vergent') ? k.replace(VERGENT, (_, how: string | undefined, s: string) => (how ? `${s}verges ${how}` : `${s}verges`)) : k);

/** `MR = SRMC` (an equation between quantities named in words or acronyms) as its sides in a fixed order; null for anything else. */
export function wordEquation(t: string): string | null {
  return /^\s*[A-Za-z][A-Za-z ]*=[A-Za-z ]*[A-Za-z]\s*$/.test(t) ? t.split('=').map(textKey).sort().join('=') : null;
}

// The words of the last question seen: a batch judges many answers to the same question in a row.
// Undefined until the first question, so no question text can be mistaken for the empty cache.
let lastQuestion: string | undefined;
let lastWords = new Set<string>();
function questionWords(question: string): Set<string> {
  if (question !== lastQuestion) {
    lastWords = new Set(textKey(question).replace(/(\w{3,})s\b/g, '$1').split(' '));
    lastQuestion = question;
  }
  return lastWords;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// The longest phrase below a million, "seven hundred and seventy-seven thousand seven hundred and
// seventy-seven", has 72 characters: anything longer is cheaply refused as no such number.
const LONGEST_NUMBER_PHRASE = 72;

/** "twenty-one" → 21 for number words below a million; null otherwise. */
export function numberWord(text: string): number | null {
  if (text.length > LONGEST_NUMBER_PHRASE || !/^[a-z][a-z\s-]*$/i.test(text)) return null;
  const words = text.toLowerCase().replace(/-/g, ' ').replace(/\band\b/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return null;
  let total = 0;
  let current = 0;
  for (const w of words) {
    const small = NUMBER_WORDS.indexOf(w);
    const tens = TENS.indexOf(w);
    if (small >= 0) current += small;
    else if (tens >= 2) current += tens * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

const DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twelfth: 12, hundredth: 100 };

/** "three-fifths", "one half", "a quarter": a count word and a denominator word. */
export const FRACTION_WORDS = /\b([a-z]+)[\s-]+(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|hundredths?)\b/gi;

/** The fractions a text names in words ("three-fifths", "one half", "a quarter") as `n/d`, in order. */
export function fractionWords(text: string): string[] {
  const found: string[] = [];
  for (const m of text.toLowerCase().matchAll(FRACTION_WORDS)) {
    const n = m[1] === 'a' || m[1] === 'an' ? 1 : numberWord(m[1]!);
    const d = DENOMINATORS[m[2]!.replace(/s$/, '').replace(/^halve$/, 'half')]; // "halves" → half
    if (n !== null && n > 0 && d !== undefined) found.push(`${n}/${d}`);
  }
  return found;
}

/**
 * What a condition is said to be: "necessary but not sufficient" → `N`, "sufficient but not
 * necessary" → `S`, "necessary and sufficient" → `NS`, "neither necessary nor sufficient" →
 * `neither`; null when the text does not speak of necessary or sufficient conditions.
 */
export function conditionKind(text: string, question?: string): string | null {
  const kind = wordsOfCondition(text);
  // Offered "(sufficient, necessary, both, or neither)", the word alone is that choice: "necessary" is not "both".
  if ((kind === 'N?' || kind === 'S?') && question !== undefined && offersBareKinds(question)) return kind[0]!;
  return kind;
}

/** True when a bracket in the question lists "necessary" and "sufficient" as choices beside "both" (or both words together). */
function offersBareKinds(question: string): boolean {
  const q = question.toLowerCase();
  if (!q.includes('necessary')) return false;
  return [...q.matchAll(/\(([^()]*)\)/g)].some((m) => {
    const items = m[1]!.split(/,|\bor\b/).map((i) => i.trim()).filter((i) => i.length > 0);
    return items.includes('necessary') && items.includes('sufficient') && items.some((i) => i === 'both' || /^necessary and sufficient$|^sufficient and necessary$/.test(i));
  });
}

function wordsOfCondition(text: string): string | null {
  const t = text.toLowerCase();
  if (!t.includes('necessary') && !t.includes('sufficient')) return null;
  if (/\bneither\b/.test(t)) return 'neither';
  const necessary = /\bnecessary\b/.test(t) && !/\bnot (?:an? )?necessary\b/.test(t);
  const sufficient = /\bsufficient\b/.test(t) && !/\bnot (?:an? )?sufficient\b/.test(t);
  // "necessary" alone says nothing of sufficiency: it may be meant as "necessary but not sufficient" or as
  // "necessary (and perhaps sufficient)". Such a kind ends in `?`: `N?` is N or NS, `-N?` is S or neither.
  if (!t.includes('sufficient')) return necessary ? 'N?' : '-N?';
  if (!t.includes('necessary')) return sufficient ? 'S?' : '-S?';
  return `${necessary ? 'N' : ''}${sufficient ? 'S' : ''}` || 'neither';
}

// "necessary" against "necessary but not sufficient": the answer leaves open what the reference decides.
export const CONDITION_OPEN = 'One answer names only one of "necessary" and "sufficient"; whether it means the kind of condition the other names is not known.';

// The full kinds a kind that names one word only may stand for.
const MAY_BE: Record<string, string[]> = { 'N?': ['N', 'NS'], 'S?': ['S', 'NS'], '-N?': ['S', 'neither'], '-S?': ['N', 'neither'] };

/**
 * Two kinds of condition (conditionKind): the same (true), excluding each other (false), or one that names
 * one word only against a full kind it may stand for ("necessary" against "necessary but not sufficient": null).
 */
export function sameCondition(a: string, b: string): boolean | null {
  if (a === b) return true;
  const [ma, mb] = [MAY_BE[a], MAY_BE[b]];
  // "necessary" against "sufficient": two different words, each the whole answer.
  if (ma && mb) return false;
  return (ma ?? [a]).some((k) => (mb ?? [b]).includes(k)) ? null : false;
}

/**
 * "pi over two", "three pi over 4", "one over six": a fraction read aloud, as `\frac{\pi}{2}`; null for
 * anything else ("two over pi", "x over two" and "spread over three days" are no such fraction).
 */
export function spokenFraction(s: string): string | null {
  const m = /^(?:(\d+|(?!pi\b)[a-z][a-z\s-]*?)\s*)?(\\pi|pi|π)?\s+over\s+(\d+|[a-z][a-z\s-]*)$/i.exec(s.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const count = (t: string) => (/^\d+$/.test(t) ? Number(t) : numberWord(t));
  const [n, d] = [m[1] === undefined ? 1 : count(m[1]), count(m[3]!)];
  if (n === null || d === null || d === 0) return null;
  return `\\frac{${m[2] ? (m[1] === undefined ? '\\pi' : `${n}\\pi`) : n}}{${d}}`;
}

// "the commutative property (of addition)", "the distributive law": properties that exclude each other by name.
const NAMED_PROPERTY = /\b(commutative|associative|distributive|identity|inverse|closure|reflexive|symmetric|transitive)\s+(?:property|law)\b/gi;

/** The one property a text names ("This is the commutative property of addition." → commutative); null for none or several. */
export function namedProperty(t: string): string | null {
  const names = new Set([...t.matchAll(NAMED_PROPERTY)].map((m) => m[1]!.toLowerCase()));
  return names.size === 1 ? [...names][0]! : null;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const PLACE = new RegExp(String.raw`\b(?:in|at|took|finished|came|is|was)\s+(?:the\s+)?(${ORDINAL_WORDS.join('|')})\s+(?:place|position)\b`, 'i');

/** "She finished in sixth place." → 6: a place in a race or a ranking written as an ordinal word; null otherwise. */
export function placeWord(text: string): number | null {
  const m = PLACE.exec(text);
  return m ? ORDINAL_WORDS.indexOf(m[1]!.toLowerCase()) + 1 : null;
}
