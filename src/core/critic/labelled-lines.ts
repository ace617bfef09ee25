/**
 * Policy `several-answers`: a response that ends on one labelled value per line ("- Mean: 5" /
 * "- Median: 4", "**Width:** 3 cm") or per clause of its last line ("Mean = 5, median = 4.") gives
 * those values, in order. Read only against a reference of several values: against one value the
 * last line alone is the answer (a summary "Width: 3 / Area: 36" for "find the area" ends on 36).
 */

// A label in words (at most four), then `:` or `=`, then the value. `x = 3` is not a label in words.
const LABELLED = /^([A-Za-z][A-Za-z'’()]*(?:\s+[A-Za-z'’()]+){0,3})\s*(?::|=)\s*(.+)$/;

/** The value a labelled line states: after its last `=` ("(2 + 4) / 2 = 3"), after a lead-in in words ("the middle value, 4"). */
function valueOf(rest: string): string | null {
  // "So x = -3, y = -6", "Mean = 5, median = 4", "Min: 2, **max:** 9": a line that goes on to label another value
  // holds several values, not one ending on the last of them.
  if (/(?:[,;]|\band\b)\s*(?:and\s+)?(?:[A-Za-z](?:_\w+)?\s*=|(?:\*\*|__)?[A-Za-z][A-Za-z'’()]*(?:\s+[A-Za-z'’()]+){0,3}\s*(?:\*\*|__)?\s*[:=])/.test(rest)) return null;
  let v = rest.includes('=') ? rest.slice(rest.lastIndexOf('=') + 1) : rest;
  v = v.replace(/^\s*[A-Za-z][A-Za-z\s]*,\s*/, '').replace(/[.;]\s*$/, '').trim();
  return /\d|\\/.test(v) && !/[A-Za-z]{4,}/.test(v.replace(/\\[A-Za-z]+/g, ' ')) ? v : null;
}

// "**$a_7$** $= 12 \cdot 2^2 = 48$", "**Sum** $= 1 + 2 + … = 384$", "**Sum:** $384$": a bold label, a formula (a letter,
// with a subscript or not) or words, then the value in `$…$` after `=` or a colon. A bare `$a_7$` is no label: it is the value's name.
const BOLD = /^\*\*\s*(?:\$\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*\$|([A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,3}))\s*:?\s*\*\*\s*:?\s*\$\s*=?\s*([^$]+?)\s*\$\s*[.;]?$/;

/** A line under a bold label ("**$a_7$** $= 48$"), with the label as the question writes it (`a_7` for `a_{7}`); null otherwise. */
function boldLabelled(line: string): { label: string; value: string } | null {
  const m = BOLD.exec(line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+(?=\*\*)/, '').trim());
  if (!m || (m[2] !== undefined && m[2].length < 2)) return null;
  // The value in `$…$`: after its last `=` ("$= 12 \cdot 2^2 = 48$"), or the whole of it after a colon ("**Sum:** $384$").
  const value = valueOf(m[3]!);
  return value === null ? null : { label: (m[1]?.replace(/[{}\s]/g, '') ?? m[2]!).toLowerCase(), value };
}

function labelled(line: string): { label: string; value: string } | null {
  const bold = boldLabelled(line);
  if (bold) return bold;
  const m = LABELLED.exec(line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '').replace(/\*\*|__/g, '').trim());
  if (!m || m[1]!.length < 2) return null;
  const value = valueOf(m[2]!);
  return value === null ? null : { label: m[1]!.toLowerCase(), value };
}

/**
 * Where the question names each label as a word or phrase ("Find the mean and the median …"), the
 * order it names them in; null unless it names every label, at different places.
 */
function questionOrder(labels: string[], question: string): number[] | null {
  // `$a_{7}$` in the question is the label `a_7`: braces and spaces inside formulas dropped.
  const q = question.toLowerCase().replace(/\$[^$]*\$/g, (f) => f.replace(/[{}\s]/g, ''));
  const at = labels.map((l) => new RegExp(`(?<![a-z])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).exec(q)?.index ?? -1);
  return at.every((i) => i >= 0) && new Set(at).size === at.length ? at : null;
}

/**
 * The values of the labelled lines (or clauses) a response ends on; null unless there are two or more, with different labels.
 * "- Median: 3" / "- Mean: 5" for "Find the mean and the median": the values in the order the question asks for them.
 */
export function labelledValues(response: string, question = ''): string[] | null {
  // The last paragraph only: a labelled line above a blank line is working ("Sorted data: 2, 4, 5").
  const lines = response.trim().split(/\n\s*\n/).pop()!.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const found: { label: string; value: string }[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const one = labelled(lines[i]!);
    if (!one) break;
    found.unshift(one);
  }
  if (found.length < 2 && lines.length > 0) {
    // "Mean = 5, median = 4.": labelled clauses of the last line.
    const clauses = lines[lines.length - 1]!.split(/\s*(?:[,;]|\band\b)\s*/).map(labelled);
    if (clauses.length >= 2 && clauses.every((c) => c !== null)) found.splice(0, found.length, ...(clauses as { label: string; value: string }[]));
  }
  // "**$a_7$** $= 48$", a blank line, "**Sum** $= 384$": bold labelled lines one a paragraph, when the question names every label.
  const bold = found.length < 2 ? boldParagraphs(response, question) : null;
  if (bold) found.splice(0, found.length, ...bold);
  // "The mean of the data is 4. The median is 3.": one sentence per value, each naming what the question asks for.
  const sentences = found.length < 2 ? statedSentences(lines.join(' '), question) : null;
  if (sentences) found.splice(0, found.length, ...sentences);
  if (found.length < 2 || new Set(found.map((f) => f.label)).size !== found.length) return null;
  const order = questionOrder(found.map((f) => f.label), question);
  const ranked = order ? found.map((f, i) => ({ f, at: order[i]! })).sort((a, b) => a.at - b.at).map((r) => r.f) : found;
  return ranked.map((f) => f.value);
}

// "The mean (of the data) is 4.": a noun of one or two words after "the", then "is" and the value.
const STATED = /^(?:(?:so|thus|hence|therefore|and|also)\s*,?\s+)?the\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:of\s+[^.;:=]*?\s+)?(?:is|equals)\s+(?:equal\s+to\s+)?(.+?)\s*[.!]?$/i;

/**
 * The sentences a text ends on, each stating one value of what the question names ("The mean of the data
 * is 4. The median of the data is 3."), as labelled values; null unless there are two or more and the
 * question names each label (a sentence is read this way only when it answers a part the question asks).
 */
function statedSentences(text: string, question: string): { label: string; value: string }[] | null {
  const sentences = text.split(/(?<=[.!])\s+(?=[A-Z$])/);
  const found: { label: string; value: string }[] = [];
  for (let i = sentences.length - 1; i >= 0; i--) {
    const m = STATED.exec(sentences[i]!.trim());
    const value = m ? valueOf(m[2]!.replace(/^\$([^$]+)\$$/, '$1')) : null;
    if (!m || value === null) break;
    found.unshift({ label: m[1]!.toLowerCase(), value });
  }
  return found.length >= 2 && questionOrder(found.map((f) => f.label), question) ? found : null;
}

/**
 * The bold labelled lines a response ends on across blank lines ("**$a_7$** $= 48$", "", "**Sum** $= 384$"); null
 * unless there are two or more that the question names (a labelled line above a blank line may be working).
 */
function boldParagraphs(response: string, question: string): { label: string; value: string }[] | null {
  const lines = response.trim().split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const found: { label: string; value: string }[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    // "**Ratio** $= 2$" above the answers, a label the question does not name, is working: the answers are the lines after it.
    const one = boldLabelled(lines[i]!);
    if (!one || !questionOrder([one.label], question)) break;
    found.unshift(one);
  }
  return found.length >= 2 && questionOrder(found.map((f) => f.label), question) ? found : null;
}
