/**
 * Policy `final-answer`: a display formula's sentence may go on in the line after it
 * ("$$MRS = … = -\frac{1}{2\sqrt{X}}$$" then "at the point $(X, Y)$.", or "(or $-\frac{\sqrt{17}}{17}$
 * if the angle is taken the other way round)."). A last line that opens with a preposition or a
 * connective in lower case, or with a bracket holding one, is not a sentence of its own: it is read
 * with the display. A detail of where the value holds is dropped, as after an inline formula;
 * anything else (a bracket offering another value, "or …") stays with the display, where the readers
 * of a sentence see it.
 */

// Displays in order, so a closing `$$` is never taken for an opening one.
const DISPLAY = /\$\$([^$]+)\$\$|\\\[([\s\S]+?)\\\]/g;
// The text after the display: a line break, then one last line.
const LAST_LINE = /^[ \t]*\n\s*([^\n]*?)\s*$/;
// A line that goes on with the sentence: a preposition or connective in lower case, or a bracket opening
// with one ("(or … if …)", "(where …)", "(≈ 0.67)"). Not a formula ("(2, 3)", "x^2 - 10x + 41", "(a+5)(b+2)")
// nor a new sentence written in lower case ("remember that …"). "i.e." and "e.g." end on a full stop, so no `\b` after them:
// between "." and the space that follows there is no word boundary.
const CONTINUES = /^\(?\s*(?:(?:at|for|when|whenever|where|on|over|in|with|or|and|which|since|because|as|so|if|provided|assuming|equivalently|approximately|about|that is|namely)\b|i\.\s?e\.|e\.\s?g\.|(?<=\()\s*(?:≈|=|~|\\approx))/;
// "at the point $(X, Y)$", "for $t \ge 0$", "where $C$ is a constant": where or how the value holds.
const DETAIL = /^(?:at|for|when|where|whenever|on|over|in|with)\b/;
// Words that add a value or keep the answer open: such a line is never dropped.
const ADDS = /\b(?:or|and|but|maybe|perhaps|possibly|probably|might|could|unless|otherwise|except|not)\b/i;
// "and $A = x - 4$.", "so $x = 2$.": a line that ends on a formula of its own after "and" or "so" states that
// formula (the display was working); joined, the sentence would hold two values and say neither.
const OWN_RESULT = /^(?:and|so|thus|hence|therefore)\b[^$(]*\$[^$]+\$[\s.]*$/;

/** The text with a last line that continues the display before it joined to that display (or dropped, when it only says where the value holds). */
export function withContinuedDisplay(text: string): string {
  if (!text.includes('$$') && !text.includes('\\]')) return text;
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(DISPLAY)) last = m;
  if (!last) return text;
  const end = last.index! + last[0].length;
  const line = LAST_LINE.exec(text.slice(end))?.[1];
  // A display that ends on a comma goes on in a lower-case line of any kind ("$$… = \{…, 3, 6, …\},$$" then "the multiples of 3.").
  const open = /,\s*$/.test((last[1] ?? last[2])!) && /^[a-z]/.test(line ?? '');
  if (line === undefined || !(CONTINUES.test(line) || open) || OWN_RESULT.test(line)) return text;
  const display = `$$${(last[1] ?? last[2])!.replace(/\s*\n\s*/g, ' ').trim()}$$`;
  const formulas = line.match(/\$[^$]+\$/g)?.length ?? 0;
  const detail = DETAIL.test(line) && !ADDS.test(line) && formulas <= 1;
  return `${text.slice(0, last.index)}${display}${detail ? '' : ` ${line}`}`;
}
