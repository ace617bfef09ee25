/**
 * Policy `final-answer`: "Together the three cities have 260 sheep — Toulouse 160, Charleston 80 and
 * Seattle 20." states a total, then names its parts after a dash (or a colon, or in brackets). The
 * parts break the total down; they are not the answer when the total is what is asked.
 */
import { askingSentence } from './question';
import { standaloneNumbers } from './sentence';

// Before the parts: a dash after a word (a spaced hyphen after a number is a minus), a colon, or an opening bracket.
const SPLIT = /(?<=[A-Za-z])\s+[—–-]\s+|(?<=[A-Za-z])\s*:\s+|\s+\((?=[^()]*\)\s*[.!]?\s*$)/g;
const NUMBER = String.raw`\$?\d[\d,]*(?:\.\d+)?`;
const NAME = String.raw`[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*){0,2}`;
// One part: "Toulouse 160", "Toulouse: 160", "Ann has 25", "20 red", "30 from Monday".
const PART = new RegExp(String.raw`^(?:${NAME}\s*:?\s+(?:has\s+|had\s+|with\s+)?${NUMBER}(?:\s+[a-z]+)?|${NUMBER}\s+(?:(?:from|in|on|for|by)\s+)?${NAME})$`, 'i');
// Words that make a part a clause of its own, a result or a doubt ("Seattle 20, so 270", "or maybe 30").
const NOT_A_PART = /\b(?:so|thus|hence|therefore|total|totals|sum|or|maybe|perhaps|is|are|was|were|equals?|gives?|makes?|which|plus|minus|times|not)\b|=/i;
// What makes a total: "together", "in all", "in total", "altogether", "combined".
const TOTAL = /\b(?:together|altogether|in all|in total|all told|total|combined|overall|sum)\b/i;

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !['and', 'the', 'has', 'had', 'with', 'from'].includes(w));
}

/** The sentence without the parts named after its total; null when it names none, or when the question may ask for a part. */
export function withoutBreakdown(sentence: string, question: string | undefined): string | null {
  const text = sentence.trim().replace(/[.!]\s*$/, '');
  const splits = [...text.matchAll(SPLIT)];
  const at = splits[splits.length - 1];
  if (!at) return null;
  const lead = text.slice(0, at.index);
  const list = text.slice(at.index! + at[0].length).replace(/\)\s*$/, '').trim();
  const parts = list.split(/\s*(?:,\s*and\s+|;\s*|,\s*|\s+and\s+)/).filter((p) => p.length > 0);
  if (parts.length < 2 || !parts.every((p) => PART.test(p) && !NOT_A_PART.test(p))) return null;
  // The total: the one number before the parts.
  if (standaloneNumbers(lead).length !== 1) return null;
  const asks = question ? askingSentence(question) : '';
  // The question asks for the total ("How many … together?"), or the sentence gives one and the question names no part ("How many does Seattle have?").
  const named = new Set(words(asks));
  const totalAsked = TOTAL.test(asks) || (TOTAL.test(lead) && !parts.some((p) => words(p).some((w) => named.has(w))));
  return totalAsked ? `${lead}.` : null;
}
