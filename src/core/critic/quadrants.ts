/** Policy `text`: quadrants named by ordinal, number or Roman numeral ("the first quadrant" = `Quadrant I`). */

const NUMBERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const NUMERAL = '(?:IV|I{1,3}|[1-4])';
const JOIN = '\\s*(?:,\\s*(?:and|or)?|and|or|&)\\s*(?:the\\s+)?';
// "the first and third quadrants", "quadrants I and III", "Quadrant 2", a bare "I, II, IV", "all four quadrants".
// AFTER_WORD is case-sensitive so a lower-case "i" is not the numeral I; the word itself may be capitalised.
const BEFORE_WORD = new RegExp(`\\b${ORDINAL}(?:${JOIN}${ORDINAL})*\\s+quadrants?\\b`, 'gi');
const AFTER_WORD = new RegExp(`\\b(?:[Qq]uadrants?|QUADRANTS?)\\s+${NUMERAL}(?:${JOIN}${NUMERAL})*(?![A-Za-z0-9])`, 'g');
const BARE_LIST = new RegExp(`^(?:quadrants?\\s+)?${NUMERAL}(?:${JOIN}${NUMERAL})*$`, 'i');
const ALL = /\b(?:all (?:four )?quadrants|every quadrant|each quadrant|each of the four quadrants)\b/i;

// "every quadrant except quadrant III", "all but the third", "other than II", "but not IV": what follows is taken out.
const EXCEPT = /\b(?:except(?:\s+for)?|excluding|all\s+but|other\s+than|apart\s+from|besides|but(?:\s+not)?|not|never|no)\b/i;

/** The quadrants a text names, or null when it names none (or takes some out in a way it cannot read). */
export function readQuadrants(text: string): Set<number> | null {
  const t = text.replace(/\\text\s*\{([^{}]*)\}|\\mathrm\s*\{([^{}]*)\}/g, ' $1$2 ').replace(/[${}]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  const cut = EXCEPT.exec(t);
  if (cut) {
    // A negation is never dropped: the named quadrants less those after it, or nothing read at all.
    const kept = /\b(?:all|every|each)\s*$/i.test(t.slice(0, cut.index)) || /\ball\s+but\b/i.test(cut[0]) ? new Set([1, 2, 3, 4]) : readQuadrants(t.slice(0, cut.index));
    const out = readQuadrants(t.slice(cut.index + cut[0].length));
    if (!kept || !out) return null;
    return new Set([...kept].filter((q) => !out.has(q)));
  }
  if (ALL.test(t)) return new Set([1, 2, 3, 4]);
  const found = new Set<number>();
  const add = (run: string, skip: RegExp) => {
    for (const w of run.replace(skip, ' ').split(/[^A-Za-z0-9]+/)) {
      const n = NUMBERS[w.toLowerCase()];
      if (n && (w.length > 1 || /[1-4I]/.test(w))) found.add(n);
    }
  };
  if (BARE_LIST.test(t)) add(t, /quadrants?|and|or/gi);
  else {
    for (const m of t.matchAll(BEFORE_WORD)) add(m[0], /quadrants?|and|or|the/gi);
    for (const m of t.matchAll(AFTER_WORD)) add(m[0], /quadrants?|and|or|the/gi);
  }
  return found.size > 0 ? found : null;
}

/** Two texts that both name quadrants name the same ones; null unless both name some. */
export function sameQuadrants(a: string, b: string): boolean | null {
  const [x, y] = [readQuadrants(a), readQuadrants(b)];
  if (!x || !y) return null;
  return x.size === y.size && [...x].every((q) => y.has(q));
}
