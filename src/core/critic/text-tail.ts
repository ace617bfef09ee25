/**
 * Policy `text`: more ways a closing sentence says the reference's words. What the last clause says
 * something has ("…, so the system has infinitely many solutions." = `infinitely many`), and the
 * noun a sentence names before a detail of where it lies ("…is an ellipse centered at the origin." =
 * `ellipse`: the place does not change what the curve is, as "a regular hexagon" would).
 */

// "…and the system has infinitely many solutions": the words after the last clause's "has"/"have", ending the sentence.
const HAS = /\b(?:has|have)\s+((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)\s*[.!]?\s*$/i;
// A participle of place after the noun: "centered at the origin", "located in quadrant II", "with its center at (0, 0)".
const PLACE = /\s+(?:(?:centered|centred|located|situated|positioned)\s+(?:at|on|in|around)|with\s+(?:its\s+)?(?:center|centre|vertex)\s+at)\s[^,;]*$/i;

/** What the sentence's last clause says something has; null when it says no such thing. */
export function hadPhrase(sentence: string): string | null {
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';')) + 1);
  return HAS.exec(clause)?.[1] ?? null;
}

/** The tail without a closing detail of place ("an ellipse centered at the origin" → "an ellipse"); the tail itself without one. */
export function withoutPlace(tail: string): string {
  return tail.replace(/[.!\s]+$/, '').replace(PLACE, '');
}
