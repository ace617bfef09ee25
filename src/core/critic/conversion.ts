/**
 * Policy `final-answer`: "So Lena needs 14 weeks, which is about three and a half months." for "How many
 * weeks …?" answers in the unit the question asks for; the clause after it converts the amount into
 * another unit for the reader, it is no second result (unlike ", which is 300 / 60 = 5 hours").
 */
import { askedUnit } from './asked-unit';

// The closing clause that restates an amount: ", which is about …", ", or roughly …", ", i.e. …", ", which is 12,000 meters".
const RESTATES = /^\s*,\s*(?:which is|which comes to|that is|i\.e\.,?|or)\s+(?:(?:about|approximately|roughly|nearly|almost|around|just (?:over|under)|a little (?:over|under|more than|less than)|a bit (?:over|under|more than|less than))\s+)?/i;
const DOUBT = /\b(?:maybe|perhaps|possibly|probably|might|could|may|or|not|unless|if)\b/i;

/** The sentence without a closing conversion of its amount in the asked unit into another unit; null when it has none. */
export function withoutConversion(sentence: string, question: string): string | null {
  if (!/,/.test(sentence)) return null;
  const many = /\bhow many\s+([A-Za-z]+)/i.exec(question)?.[1]?.toLowerCase().replace(/(?:es|s)$/, '');
  const unit = many ? new RegExp(String.raw`\b${many}(?:s|es)?\b`, 'i') : askedUnit(question);
  if (!unit) return null;
  for (const m of sentence.matchAll(/(?<![\w.,])\d[\d,]*(?:\.\d+)?\s+([A-Za-z]+)(?=\s*,)/g)) {
    if (!unit.test(m[1]!)) continue;
    const end = m.index! + m[0].length;
    const rest = sentence.slice(end);
    const after = RESTATES.exec(rest);
    // The rest converts into another unit: no second amount in the asked unit, no doubt, and the sentence ends there
    // (a thousands comma, "12,000 meters", is part of the amount).
    const restated = after ? rest.slice(after[0].length) : '';
    if (!after || DOUBT.test(restated) || unit.test(restated) || /[,;:](?!\d{3}\b)/.test(restated)) continue;
    return sentence.slice(0, end) + '.';
  }
  return null;
}
