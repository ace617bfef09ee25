/** Multiple-choice answers (policy `choices`): letters, letters with option text, option text alone. */

const LETTERS = 'ABCDEFGH';

/** A reference written as a letter with its option text, e.g. `(C) 8` or `C: 8`. */
export function goldLetterWithText(gold: string): { letter: string; text: string } | null {
  const m = /^\(([A-H])\)\s*[:.]?\s*(\S.*)$/.exec(gold.trim()) ?? /^([A-H])\s*[:.)]\s*(\S.*)$/.exec(gold.trim());
  return m ? { letter: m[1]!, text: m[2]! } : null;
}

/** The letters of a reference such as `C`, `(C)`, `AC` or `A, C`; null when it is not a choice. */
export function goldLetters(gold: string): string[] | null {
  if (gold.length > 24 || !/[A-H]/.test(gold)) return null;
  const s = gold.trim().replace(/^\\text\{\s*(.*?)\s*\}$/, '$1');
  const one = /^\(?\s*([A-H])\s*\)?$/.exec(s);
  if (one) return [one[1]!];
  if (/^[A-H](?:\s*,?\s*[A-H])+$/.test(s)) {
    const letters = [...new Set(s.replace(/[\s,]/g, '').split(''))].sort();
    return letters.length > 1 ? letters : null;
  }
  return null;
}

/** Letters a predicted answer names, and any option text that follows a single letter. */
export function predLetters(pred: string): { letters: string[]; text: string | null } | null {
  if (!/[A-H]/.test(pred)) return null;
  let s = pred.trim().replace(/^(?:option|choice|answer)\s*:?\s*/i, '');
  const lead = /^\(\s*([A-H])\s*\)(?:\s*[:.]?\s*(.*))?$/.exec(s) ?? /^([A-H])(?:\s*[:.)]\s*(.*)|\s*)$/.exec(s);
  if (lead) return { letters: [lead[1]!], text: lead[2] && lead[2].trim() ? lead[2].trim() : null };
  s = s.replace(/\band\b/g, ',');
  if (/^\(?[A-H]\)?(?:\s*,?\s*\(?[A-H]\)?)+$/.test(s)) return { letters: [...new Set(s.replace(/[\s,()]/g, '').split(''))].sort(), text: null };
  return null;
}

/** Option texts listed in a question: `(A) 12 (B) 15 …`, `A. 12  B. 15`, one per line. */
export function questionOptions(question: string): Map<string, string> | null {
  const marker = /(?:\(([A-H])\)|(?:^|\s|\$)([A-H])[.:)：](?=\s|\$|\\))/g;
  const hits: { letter: string; start: number; end: number }[] = [];
  for (const m of question.matchAll(marker)) hits.push({ letter: (m[1] ?? m[2])!, start: m.index!, end: m.index! + m[0].length });
  // Keep the last run A, B, C… in order: earlier letters may be points named A or B in the text.
  let run: typeof hits = [];
  for (const h of hits) {
    const expected = LETTERS[run.length];
    if (h.letter === expected) run.push(h);
    else if (h.letter === 'A') run = [h];
  }
  if (run.length < 2) return null;
  const out = new Map<string, string>();
  run.forEach((h, i) => {
    const stop = i + 1 < run.length ? run[i + 1]!.start : question.length;
    out.set(h.letter, cleanOption(question.slice(h.end, stop)));
  });
  return out;
}

/** Option text without the AMC layout around it (`\\qquad\\textbf{`, a closing `}`, `$`). */
function cleanOption(text: string): string {
  return text
    .replace(/(?:\\q?quad|\\hspace\{[^}]*\}|\s)*(?:\\textbf\{|\\text\{|\\mathrm\{)?\s*\$?\s*$/, '')
    .replace(/^\s*\}?\s*\$?\s*/, '')
    .replace(/^\$\s*|\s*\$$/g, '')
    .replace(/[\s,;.]+$/, '')
    .trim();
}
