/**
 * "How far does it travel in 40 minutes, in kilometers?": the unit a question asks its answer in, as a
 * pattern for the unit written out or abbreviated ("36 km", "36 kilometres"), so that of the amounts a
 * sentence gives, the one in that unit can be told from the numbers the question gives (policy `final-answer`).
 */

// Each unit's written-out stem and its usual abbreviations.
const UNITS: Record<string, string> = {
  kilomet: 'km',
  met: 'm',
  centimet: 'cm',
  millimet: 'mm',
  mile: 'mi',
  feet: 'ft',
  foot: 'ft',
  inch: 'in\\.',
  yard: 'yd',
  hour: 'h|hr|hrs',
  minute: 'min|mins',
  second: 's|sec|secs',
  kilogram: 'kg',
  gram: 'g',
  pound: 'lb|lbs',
  liter: 'L|l',
  litre: 'L|l',
  dollar: '\\$',
};

// ", in kilometers?" / "(in meters)?" / "Find the distance, in kilometers." closing the question: the unit asked for.
const ASKED_IN = /[,(]\s*in\s+([a-z]+)\s*\)?\s*[?.]?\s*$/i;

/** A pattern for the unit the question's closing ", in …?" asks for; null when there is none or it is not a known unit. */
export function askedUnit(asks: string): RegExp | null {
  const m = ASKED_IN.exec(asks.trim());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  // The plural or the British spelling after the stem, nothing more ("metric" is no unit).
  const stem = Object.keys(UNITS).find((s) => word.startsWith(s) && /^(?:s|es|er|ers|re|res|e)?$/.test(word.slice(s.length)));
  if (!stem) return null;
  // An abbreviation stands alone or after a number ("36km"), never at the end of a word ("each", "with", "sum").
  return new RegExp(String.raw`(?:\b${stem}[a-z]*|(?<![A-Za-z])(?:${UNITS[stem]}))(?![A-Za-z])`);
}
