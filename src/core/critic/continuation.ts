/**
 * Policy `final-answer`: a display formula's sentence may go on in the line after it
 * ("$$MRS = … = -\frac{1}{2\sqrt{X}}$$" then "at the point $(X, Y)$.", or "(or $-\frac{\sqrt{17}}{17}$
 * if the angle is taken the other way round)."). A last line that starts in lower case or with a
 * bracket is not a sentence of its own: it is read with the display. A detail of where the value
 * holds is dropped, as after an inline formula; anything else (a bracket offering another value,
 * "or …") stays with the display, where the readers of a sentence see it.
 */

// Displays in order, so a closing `$$` is never taken for an opening one.
const DISPLAY = /\$\$([^$]+)\$\$|\\\[([\s\S]+?)\\\]/g;
// The text after the display: a line break, then one last line in lower case or opening a bracket.
const CONTINUES = /^[ \t]*\n\s*([a-z(][^\n]*?)\s*$/;
// "at the point $(X, Y)$", "for $t \ge 0$", "where $C$ is a constant": where or how the value holds.
const DETAIL = /^(?:at|for|when|where|whenever|on|over|in|with)\b/;
// Words that add a value or keep the answer open: such a line is never dropped.
const ADDS = /\b(?:or|and|but|maybe|perhaps|possibly|probably|might|could|unless|otherwise|except|not)\b/i;

/** The text with a last line that continues the display before it joined to that display (or dropped, when it only says where the value holds). */
export function withContinuedDisplay(text: string): string {
  if (!text.includes('$$') && !text.includes('\\]')) return text;
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(DISPLAY)) last = m;
  if (!last) return text;
  const end = last.index! + last[0].length;
  const line = CONTINUES.exec(text.slice(end))?.[1];
  if (line === undefined) return text;
  const display = `$$${(last[1] ?? last[2])!.replace(/\s*\n\s*/g, ' ').trim()}$$`;
  const formulas = line.match(/\$[^$]+\$/g)?.length ?? 0;
  const detail = DETAIL.test(line) && !ADDS.test(line) && formulas <= 1;
  return `${text.slice(0, last.index)}${display}${detail ? '' : ` ${line}`}`;
}
