/** What the question tells the comparison: does it ask for a point, an order, a range? */

/** The question asks for a point, ordered pair, coordinates or vector (not an interval). */
export function wantsPoint(question: string): boolean {
  return (
    /ordered pair|\bpoint\b|coordinates?|\bvector\b|tuple|ordered triple|\(\s*[a-z]\s*,\s*[a-z]\s*(?:,\s*[a-z]\s*)?\)/i.test(question) &&
    !/interval|\brange\b|domain|increasing|decreasing|inequalit|solution set|set of (?:all )?values/i.test(question)
  );
}

// Questions whose answer list has a fixed order (policy `structures`).
const ORDER_WORDS = [
  /\bin (?:increasing|decreasing|ascending|descending|numerical|alphabetical|that|this|the given) order\b/i,
  /\bfrom (?:least|smallest|lowest|largest|greatest|highest|shortest|longest) to (?:greatest|largest|highest|least|smallest|lowest|longest|shortest)\b/i,
  /\b(?:sort|arrange|order|rank)\b/i,
  /\brespectively\b/i,
  /\bsequence\b|\b(?:first|next|last) (?:\w+ )?terms\b/i,
  /\(a\)[\s\S]*\(b\)|\bparts? \(?a\)?\b/i,
  /\b(?:max(?:imum)?|largest|greatest)\b[\s\S]{0,80}\band\b[\s\S]{0,40}\b(?:min(?:imum)?|smallest|least)\b/i,
  /\b(?:min(?:imum)?|smallest|least)\b[\s\S]{0,80}\band\b[\s\S]{0,40}\b(?:max(?:imum)?|largest|greatest)\b/i,
];

/** The question fixes the order of the answers it asks for (sorted, a sequence, labelled parts, max and min). */
export function ordersAnswers(question: string): boolean {
  return question.length > 0 && ORDER_WORDS.some((re) => re.test(question));
}

/** The question asks for the values a function or expression takes (its range), not for a variable. */
export function asksForRange(question: string): boolean {
  return /\brange\b|\bvalues? (?:of|that) [a-z]\s*\(|set of (?:all )?values of [a-z]\s*\(|\bimage\b/i.test(question);
}
