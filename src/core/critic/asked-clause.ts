/**
 * Policy `final-answer`: a sentence that states two results ("The total is $24$, so each friend pays 8.")
 * is read at its last result clause. When the question asks for what an earlier clause names ("What is
 * the total bill?") and not for anything its last clause says, the last clause is not known to be the
 * answer: the earlier clause's value is returned so the rules can leave the pair undecided rather
 * than call a right total wrong. The question only steers away from the last clause, never to a verdict.
 */

// The connective of a result clause, where the earlier clause ends; one that opens the sentence ("So the total
// is $24$, …") ends no clause: STATED reads it as part of the first one.
const RESULT = /(?<!^\s*),?\s*\b(?:so|thus|therefore|hence|which means|and so|meaning)\b\s*,?\s*/gi;
// "The total is $24$", "the total bill comes to 24": a named quantity and the value stated for it.
const STATED = /^\s*(?:(?:so|thus|therefore|hence)\b\s*,?\s*)?(?:the\s+)?((?:[A-Za-z]+\s+){0,3}?[A-Za-z]+)\s+(?:is|are|was|were|equals|=|comes to|amounts to)\s+(\$[^$]+\$|[-\d$.,/]+)\s*$/i;
// What the question asks for: the part after its asking words, up to the question mark.
const ASKED = /\b(?:what|how much|how many|find|calculate|compute|determine|give)\b([^?.]*)(?:[?.]|$)/gi;
const STOP = new Set(['the', 'and', 'for', 'are', 'was', 'were', 'that', 'this', 'with', 'from', 'has', 'have', 'does', 'did', 'its', 'their', 'his', 'her', 'our', 'you', 'they', 'them', 'then', 'there', 'per', 'all', 'will', 'would', 'value', 'number', 'amount', 'about', 'approximately', 'roughly', 'around', 'nearly', 'exactly', 'just', 'only']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:es|s)$/, ''));
}

/** The value an earlier clause of `sentence` states for the quantity the question asks for, when its last clause is about something else; null otherwise. */
export function askedEarlierClause(sentence: string, question: string): string | null {
  const parts = sentence.replace(/[.!]\s*$/, '').split(RESULT);
  if (parts.length < 2) return null;
  const m = STATED.exec(parts[0]!);
  if (!m) return null;
  const asked = new Set([...question.matchAll(ASKED)].flatMap((a) => words(a[1]!)));
  const subject = words(m[1]!);
  const last = words(parts[parts.length - 1]!);
  // The last clause must be about something of its own: "…, so about 37% or 38%" restates the same quantity.
  if (subject.length === 0 || last.length === 0 || !subject.every((w) => asked.has(w)) || last.some((w) => asked.has(w))) return null;
  return m[2]!.replace(/^\$(?=.*\$$)|\$$/g, '').replace(/,$/, '').trim();
}
