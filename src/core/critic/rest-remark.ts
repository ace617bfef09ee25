/**
 * Policy `final-answer`: "So 12 cats were left on the rock. The other 18 ran after the mouse." for "How
 * many cats were left on the rock?" — a closing sentence about the rest of the whole ("the other 18",
 * "the remaining 5", "the rest") only accounts for what the answer leaves out; the answer is in the
 * sentence before. Read so only when the sentence before says more of what the question asks (words of
 * its asking sentence) and the closing one nothing else of it: for "How many cats ran after the mouse?"
 * the same closing sentence is the answer.
 */
import { askingSentence } from './question';

// "The other 18 …", "the remaining 5 …", "The rest, 18 cats, …", "The other three …" opening the sentence.
const THE_REST = /^(?:and\s+)?the\s+(?:others?|remaining|rest)\b/i;

// Words of a question that say nothing about which part it asks for.
const PLAIN = new Set(
  'how many much what which does did were was are the and for with from that this there have has had will would could should their they them then than into onto each some more most'.split(' '),
);

/** The asking sentence's words that can tell one part of a whole from another ("rock" in "…were left on the rock?"). */
function askedWords(question: string): string[] {
  const asking = askingSentence(question).toLowerCase();
  // The counted thing itself ("cats" in "How many cats …") belongs to both parts.
  const counted = /\bhow many\s+([a-z]+)/.exec(asking)?.[1];
  return [...new Set(asking.match(/[a-z]{3,}/g) ?? [])].filter((w) => !PLAIN.has(w) && w !== counted);
}

const mentions = (sentence: string, word: string) => new RegExp(String.raw`\b${word}`, 'i').test(sentence);

/** A closing sentence about the rest of the whole after a sentence that states the asked part. */
export function namesTheRest(sentence: string, before: string, question: string | undefined): boolean {
  if (!question || !THE_REST.test(sentence.trim()) || !/\d/.test(before)) return false;
  const words = askedWords(question);
  const inBefore = words.filter((w) => mentions(before, w));
  const inRest = words.filter((w) => mentions(sentence, w));
  // The sentence before says more of what is asked ("do not walk to school" against "The other 11 walk."),
  // and the closing one nothing the sentence before does not.
  return inBefore.length > inRest.length && inRest.every((w) => inBefore.includes(w));
}
