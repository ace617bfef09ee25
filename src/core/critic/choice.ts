/** Multiple-choice answers (policy `choices`): letters, letters with option text, option text alone. */

// Option letters in order: A–H, and the ACT's F, G, H, J, K (it skips I) on alternate questions.
const NEXT: Record<string, string> = { A: 'B', B: 'C', C: 'D', D: 'E', E: 'F', F: 'G', G: 'H', H: 'J', J: 'K' };

/** A reference written as a letter with its option text, e.g. `(C) 8` or `C: 8`. */
export function goldLetterWithText(gold: string): { letter: string; text: string } | null {
  const m = /^\(([A-HJK])\)\s*[:.]?\s*(\S.*)$/.exec(gold.trim()) ?? /^([A-HJK])\s*[:.)]\s*(\S.*)$/.exec(gold.trim());
  return m ? { letter: m[1]!, text: m[2]! } : null;
}

/** The letters of a reference such as `C`, `(C)`, `AC` or `A, C`; null when it is not a choice. */
export function goldLetters(gold: string): string[] | null {
  if (gold.length > 24 || !/[A-HJK]/.test(gold)) return null;
  const s = gold.trim().replace(/^\\text\{\s*(.*?)\s*\}$/, '$1');
  const one = /^\(?\s*([A-HJK])\s*\)?$/.exec(s);
  if (one) return [one[1]!];
  if (/^[A-HJK](?:\s*,?\s*[A-HJK])+$/.test(s)) {
    const letters = [...new Set(s.replace(/[\s,]/g, '').split(''))].sort();
    return letters.length > 1 ? letters : null;
  }
  return null;
}

/** A choice: its letters (upper case) and any option text that follows a single letter. */
export interface ChoiceLetters {
  letters: string[];
  text: string | null;
}

const LEAD_UPPER = [/^\(\s*([A-HJK])\s*\)(?:\s*[:.]?\s*(.*))?$/, /^([A-HJK])(?:\s*[:.)]\s*(.*)|\s*)$/] as const;
const LEAD_ANY_CASE = [/^\(\s*([A-HJKa-hjk])\s*\)(?:\s*[:.]?\s*(.*))?$/, /^([A-HJKa-hjk])(?:\s*[:.)]\s*(.*)|\s*)$/] as const;

/**
 * Letters a predicted answer names, and any option text that follows a single letter. `anyCase`
 * (the reference is a letter) also reads `(b)`, `b)` and `b` as choice B.
 */
export function predLetters(pred: string, anyCase = false): ChoiceLetters | null {
  if (!(anyCase ? /[A-HJKa-hjk]/ : /[A-HJK]/).test(pred)) return null;
  // "B, since 7 is prime": the explanation is not the option's text.
  let s = pred.trim().replace(/^(?:(?:the\s+)?(?:right|correct|best)?\s*(?:option|choice|answer)\s*(?:is)?)\s*:?\s*/i, '').replace(/^(\(?[A-HJKa-hjk]\)?)\s*,?\s+(?:since|because|as)\b.*$/, '$1');
  // `B and D`, and `A, C, and D` with the serial comma: one comma between letters, not two. A list
  // of letters in brackets (`(A), (C), (D)`, `(A)(C)`) is read before a bracketed letter with its text.
  const list = s.replace(/,?\s*\band\b/g, ',');
  if (/^\(?[A-HJK]\)?(?:\s*,?\s*\(?[A-HJK]\)?)+$/.test(list)) return { letters: [...new Set(list.replace(/[\s,()]/g, '').split(''))].sort(), text: null };
  const [bracketed, bare] = anyCase ? LEAD_ANY_CASE : LEAD_UPPER;
  const lead = bracketed.exec(s) ?? bare.exec(s);
  if (lead) {
    // "(k) is correct.": what follows a verb says something about the choice, it is not its text.
    const text = /^(?:is|are|would be|must be|should be)\b/i.test(lead[2] ?? '') ? undefined : lead[2]?.trim();
    return { letters: [lead[1]!.toUpperCase()], text: text ? text : null };
  }
  return null;
}

// `(b)`, or a letter after option/choice/answer: lower case only when it stands alone ("answer is a prime" names no choice).
// "I choose B", "B is the answer", "B is the correct option": a capital letter chosen in words.
const MENTION = /\(([A-HJKa-hjk])\)|\b(?:[Oo]ption|[Cc]hoice|[Aa]nswer)\s*(?:is\s*)?:?\s*(?:([A-HJK])\b|([a-hjk])(?=\s*[).:,]|\s*$))|\b(?:[Cc]hoose|[Pp]ick|[Ss]elect|go with)\s+([A-HJK])\b(?![-'’])|^([A-HJK])\s+is\s+(?:the\s+)?(?:(?:correct|right|best)\s+)?(?:answer|choice|option)\b/g;

/**
 * The choice a sentence names ("The right choice is (B).", "Option (c) is correct."): letters in
 * brackets or after option/choice, read against a letter reference. Null unless exactly one letter.
 */
export function choiceMention(text: string): ChoiceLetters | null {
  if (text.length > 200) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    found.add((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.toUpperCase());
    // "I choose A or C", "the choice is (A) or (C)": a second letter joined on keeps two options open.
    const also = /^\s*,?\s*(?:or|and)\s+\(?([A-HJK])\)?(?![\w'’-])/.exec(text.slice(m.index! + m[0].length));
    if (also) found.add(also[1]!);
  }
  return found.size === 1 ? { letters: [...found], text: null } : found.size > 1 ? { letters: [...found].sort(), text: null } : null;
}

/** Option texts listed in a question: `(A) 12 (B) 15 …`, `A. 12  B. 15`, one per line. */
export function questionOptions(question: string): Map<string, string> | null {
  const marker = /(?:\(([A-HJK])\)|(?:^|\s|\$)([A-HJK])[.:)：](?=\s|\$|\\))/g;
  const hits: { letter: string; start: number; end: number }[] = [];
  for (const m of question.matchAll(marker)) hits.push({ letter: (m[1] ?? m[2])!, start: m.index!, end: m.index! + m[0].length });
  // The longest run A, B, C… (or F, G, H, J, K) in order, the last of equals, skipping letters that
  // break it: points named A or B in the text or inside an option (`(G) $\cos(90 - A)$`).
  let run: typeof hits = [];
  hits.forEach((h, i) => {
    if (h.letter !== 'A' && h.letter !== 'F') return;
    const mine = [h];
    for (const next of hits.slice(i + 1)) if (next.letter === NEXT[mine[mine.length - 1]!.letter]) mine.push(next);
    if (mine.length >= run.length) run = mine;
  });
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
    .replace(/(?:\\n|\\\\)+\s*$/, '') // a newline written out (`\n`) or a LaTeX line break between options
    .replace(/(?:\\q?quad|\\hspace\{[^}]*\}|\s)*(?:\\textbf\{|\\text\{|\\mathrm\{)?\s*\$?\s*$/, '')
    .replace(/^\s*\}?\s*\$?\s*/, '')
    .replace(/^\$\s*|\s*\$$/g, '')
    .replace(/[\s,;.]+$/, '')
    .trim();
}
