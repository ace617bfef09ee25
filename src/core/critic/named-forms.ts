/**
 * Policy `text`: answers that name a thing written with digits — a calendar date, a clock time, a
 * version, a chemical formula — are compared as that thing, not as numbers: `March 14, 2025` =
 * `14 March 2025`, `5:00 a.m.` = `5am`, `v2.3.1` = `2.3.1`, `\mathrm{CO}_2` = `\mathrm{CO_2}`.
 */

/** What a text names, with a key that is the same for every way of writing it. */
export interface NamedForm {
  kind: 'date' | 'time' | 'version' | 'formula';
  key: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// "March 14, 2025", "14 March 2025", "14th of March, 2025", "2025-03-14", "3/14/2025".
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'gi');
const DAY_FIRST = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi');
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
// "5:00 a.m.", "5am", "17:05", "noon".
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b\.?|\b(\d{1,2}):(\d{2})\b(?!\s*[ap]\.?\s*m\b)|\b(noon|midnight)\b/gi;
const VERSION = /^v(?:ersion)?\s*(\d+(?:\.\d+)+)$|^(\d+(?:\.\d+){2,})$/i;
const FORMULA = /^(?:[A-Z][a-z]?\d*|\((?:[A-Z][a-z]?\d*)+\)\d*)+$/;
// Cheap tests before the full scans: a month name or a numeric date; a colon time, am/pm, noon or midnight.
const MAYBE_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[-/]\d/i;
const MAYBE_TIME = /\d:\d\d|\d\s*[ap]\.?\s*m\b|noon|midnight/i;
// "5 o'clock in the morning", "3 in the afternoon": the part of the day in words is a.m. or p.m.
const DAY_PART = /\b(\d{1,2})(:\d{2})?\s*(?:o['’]\s?clock\s*)?\s+in the (?:(morning)|afternoon|evening)\b/gi;

/** The text with a part of the day in words written as a.m. or p.m. */
function withDayParts(text: string): string {
  return text.replace(DAY_PART, (_m, h: string, min: string | undefined, morning: string | undefined) => `${h}${min ?? ''} ${morning ? 'am' : 'pm'}`);
}
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

function dateKey(y: string | undefined, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y ?? '?'}-${m}-${d}` : null;
}

// A version inside a sentence: `v3.10.2`, `3.10.2`, `version 2.1`.
const VERSION_IN_TEXT = /\b(?:v|version\s*)(\d+(?:\.\d+)+)\b|\b(\d+(?:\.\d+){2,})\b/gi;

/** Every date, clock time or version written in `text`, in order. */
function scan(text: string, kind: 'date' | 'time' | 'version'): string[] {
  const found: { at: number; key: string }[] = [];
  const push = (at: number, key: string | null) => key && found.push({ at, key });
  if (kind === 'version') {
    for (const m of text.matchAll(VERSION_IN_TEXT)) push(m.index!, (m[1] ?? m[2])!.split('.').map(Number).join('.'));
  } else if (kind === 'date') {
    for (const m of text.matchAll(MONTH_FIRST)) push(m.index!, dateKey(m[3], MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2])));
    for (const m of text.matchAll(DAY_FIRST)) push(m.index!, dateKey(m[3], MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1])));
    for (const m of text.matchAll(ISO)) push(m.index!, dateKey(m[1], Number(m[2]), Number(m[3])));
    // 3/14/2025 and 14/3/2025 are unambiguous; 5/6/2025 is not read.
    for (const m of text.matchAll(SLASHED)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a > 12 !== b > 12) push(m.index!, a > 12 ? dateKey(m[3], b, a) : dateKey(m[3], a, b));
    }
  } else {
    for (const m of withDayParts(text).matchAll(CLOCK)) {
      if (m[6]) push(m.index!, m[6].toLowerCase() === 'noon' ? '12:00' : '0:00');
      else if (m[3]) {
        const h = Number(m[1]);
        if (h >= 1 && h <= 12) push(m.index!, `${(h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)}:${m[2] ?? '00'}`);
      } else if (Number(m[4]) < 24 && Number(m[5]) < 60) push(m.index!, `${Number(m[4])}:${m[5]}`);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

/** A whole answer read as one named form; null when it is not one. */
export function readNamedForm(raw: string): NamedForm | null {
  if (!/[\d₀-₉]/.test(raw) || !(/[A-Za-z]/.test(raw) || /\d[:/-]\d|\d\.\d+\./.test(raw))) return null;
  const text = raw.replace(/\\(?:text|mathrm|textrm|ce)\s*\{([^{}]*)\}/g, '$1').replace(/[{}$]/g, '').trim();
  const version = VERSION.exec(text);
  if (version) return { kind: 'version', key: (version[1] ?? version[2])!.split('.').map(Number).join('.') };
  for (const kind of ['date', 'time'] as const) {
    const read = kind === 'time' ? withDayParts(text) : text;
    if (!(kind === 'date' ? MAYBE_DATE : MAYBE_TIME).test(read)) continue;
    const keys = scan(read, kind);
    if (keys.length === 1 && wholly(read, kind)) return { kind, key: keys[0]! };
  }
  const formula = text.replace(/[_\s]/g, '').replace(/[₀-₉]/g, (d) => String(SUBSCRIPT_DIGITS.indexOf(d)));
  if (FORMULA.test(formula) && /\d/.test(formula)) return { kind: 'formula', key: formula };
  return null;
}

/** The text is nothing but one date or time (a weekday or "the next day" around it at most). */
function wholly(text: string, kind: 'date' | 'time'): boolean {
  const rest = text.replace(kind === 'date' ? new RegExp(`${MONTH_FIRST.source}|${DAY_FIRST.source}|${ISO.source}|${SLASHED.source}`, 'gi') : CLOCK, ' ');
  return !/[A-Za-z0-9]/.test(rest.replace(/\b(?:on|at|the|next|day|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b|[.,]/gi, ''));
}

/**
 * The date, time or version a sentence states, for a reference of that kind: the only one it writes, or
 * the only one after its last "so" / "thus" / "therefore"; null when it names none or cannot tell.
 */
export function statedForm(sentence: string, kind: 'date' | 'time' | 'version'): string | null | 'several' {
  const all = new Set(scan(sentence, kind));
  if (all.size <= 1) return all.size === 1 ? [...all][0]! : null;
  // After "so", after the last `=` of a computation (`12:11 + 90 min + 17 min = 1:58 AM`), or after
  // the last "is" ("14 hours after 3 p.m. is 5:00 a.m.").
  const conclusion = [...sentence.matchAll(/\b(?:so|thus|therefore|hence|is|will be|would be)\b|=/gi)].pop();
  const after = conclusion ? new Set(scan(sentence.slice(conclusion.index!), kind)) : all;
  return after.size === 1 ? [...after][0]! : 'several';
}
