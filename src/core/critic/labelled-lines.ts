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

function labelled(line: string): { label: string; value: string } | null {
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
  const q = question.toLowerCase();
  const at = labels.map((l) => new RegExp(`(?<![a-z])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`).exec(q)?.index ?? -1);
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
