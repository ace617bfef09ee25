/**
 * Policy `final-answer`: program output that prints a breakdown under labels and ends on its total
 * ("Anakin: 19" / "Locsin: 13" / "Total: 32") answers with the total, unless the question's asking sentence names
 * one of the parts ("How many fish did Locsin catch?"), which then leaves the lines a list. Output that prints a
 * collection and then one whole number (its size, `[(-1, 1), (0, 0), (1, -1)]` / `3`, or a total over it) answers a
 * question that asks how many with that number, and any other question with the collection when the number is its size.
 */

import { askingSentence } from './question';
import { splitTop } from './split';

// "Label: number", a label of words (at most four) and one number after its colon.
const LABELLED_NUMBER = /^([A-Za-z][A-Za-z'’ ]{0,40}?)\s*:\s*(-?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?)$/i;
const TOTAL_LABEL = /^(?:sum|answer|result|final answer|grand total|(?:the\s+)?total(?:\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?)$/i;

/** The total a labelled breakdown ends on, or null when the lines are not one or the question asks for a part. */
export function printedTotal(lines: string[], question: string | undefined): string | null {
  if (lines.length < 2) return null;
  const labelled = lines.map((l) => LABELLED_NUMBER.exec(l));
  if (labelled.some((m) => m === null)) return null;
  const last = labelled[labelled.length - 1]!;
  if (!TOTAL_LABEL.test(last[1]!.trim())) return null;
  const asked = question ? askingSentence(question).toLowerCase() : '';
  const namesPart = labelled.slice(0, -1).some((m) => m![1]!.trim().split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w.toLowerCase().replace(/[’']/g, '.')}\\b`).test(asked)));
  return namesPart ? null : last[2]!;
}

// A printed collection: a Python list, tuple or set (`[(-1, 1), (0, 0)]`, `{2, 3}`).
const COLLECTION = /^[[({](.*)[\])}]$/;

/**
 * A printed collection and then one whole number: for a question that asks how many, the number; for any other,
 * when the number is the collection's size (`print(ds)`, `print(len(ds))`), the collection. Null otherwise.
 */
export function printedCount(lines: string[], question: string | undefined): string | null {
  const count = /^\d+$/.exec(lines[lines.length - 1] ?? '')?.[0];
  const collection = lines.length >= 2 ? COLLECTION.exec(lines[lines.length - 2]!) : null;
  if (count === undefined || !collection) return null;
  if (question && /\bhow many\b|\bnumber of\b/i.test(askingSentence(question))) return count;
  const size = collection[1]!.trim() === '' ? 0 : splitTop(collection[1]!, /,/).length;
  return lines.length === 2 && size === Number(count) ? lines[0]! : null;
}
