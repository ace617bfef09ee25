/**
 * Policy `final-answer` for answers written as sentences with formulas in them: what the sentence
 * states, read where `$…$` marks each formula; the labelled formula the question asks for; a
 * labelled ratio turned to the question's order.
 */
import { askedPart } from './question';
import { sentenceAnswer, type SentenceReading } from './sentence';

export const INLINE_MATH_MARK = /\$|\\\(/;
export const APPROXIMATION_WORDS = /\b(?:approximately|about|around|roughly|nearly|i\.e\.|that is|or|equivalently)\b/gi;

/** The text with its inline formulas (`$…$`, `\(…\)`) blanked out. */
export function outsideMath(text: string): string {
  return text.replace(/\$\$[^$]*\$\$|\$[^$]*\$|\\\([\s\S]*?\\\)/g, ' ');
}

/**
 * What a sentence states. Read on the sentence as written first, where `$…$` still marks where each
 * formula starts and ends ("…, which gives $a < -3$" states `a < -3`; normalised, the formula's
 * edges are gone and only `-3` looks like a value); on the normalised text when that finds no one value.
 */
export function statedReading(p: string, written: string | null, question: string | undefined): SentenceReading {
  if (written !== null && INLINE_MATH_MARK.test(written)) {
    const raw = sentenceAnswer(written);
    const asked = raw.kind === 'several' ? askedFormula(written, question) : null;
    if (asked !== null) return { kind: 'value', text: asked };
    // Hedge words before the formula ("It is more than $5$.") are seen on the normalised text.
    if (raw.kind === 'hedged') return raw;
    if (raw.kind === 'value') return sentenceAnswer(p).kind === 'hedged' ? { kind: 'hedged' } : raw;
  }
  return sentenceAnswer(p);
}

/**
 * "…, so $z = \frac{2+i}{i} = 1 - 2i$ and $\bar{z} = 1 + 2i$." for "what is the value of $\bar{z}$?":
 * of the labelled formulas a sentence gives, the one whose label is the very formula the question
 * asks for (in the part after "find", "what is", "value of" …; `N` is not `M \cap N`); null unless exactly one.
 */
export function askedFormula(written: string, question: string | undefined): string | null {
  const part = question ? askedPart(question) : null;
  if (!part) return null;
  const bare = (t: string) => t.replace(/=\s*\?|\?|[{}\s]/g, '');
  // The formulas the question asks for, as written there ("$\bar{z}=?$": the `=` before a question mark asks).
  const wanted = new Set([...part.matchAll(/\$([^$]+)\$|\\\(([\s\S]+?)\\\)/g)].map((m) => bare((m[1] ?? m[2])!)));
  // A one-letter name in the words ("Find the expression of A."); not the article `a` or the pronoun `I`.
  for (const m of outsideMath(part).matchAll(/(?<![\w\\'’])([A-Za-z])(?![\w'’])/g)) if (m[1] !== 'a' && m[1] !== 'I') wanted.add(m[1]!);
  const asked = [...written.matchAll(/\$([^$]+)\$|\\\(([\s\S]+?)\\\)/g)]
    .map((m) => (m[1] ?? m[2])!.trim())
    .filter((f) => f.includes('=') && wanted.has(bare(f.split('=')[0]!)))
    .map((f) => `${f.split('=')[0]!.trim()} = ${f.slice(f.lastIndexOf('=') + 1).trim()}`);
  return asked.length === 1 ? asked[0]! : null;
}

/**
 * `S_2 : S_1 = 4 : 9` for "Find $S_1 : S_2$": the labelled ratio turned to the question's order
 * (`S_1 : S_2 = 9 : 4`), so a ratio stated the other way round is judged as the question asks it.
 */
export function orientedRatio(p: string, question: string): string {
  const m = /^([^:=]+?)\s*:\s*([^:=]+?)\s*=\s*([^:=]+?)\s*:\s*([^:=]+)$/.exec(p);
  if (!m) return p;
  const key = (t: string) => t.replace(/[\s{}$]/g, '');
  const q = key(question);
  const [a, b] = [key(m[1]!), key(m[2]!)];
  return a !== b && q.includes(`${b}:${a}`) && !q.includes(`${a}:${b}`) ? `${m[2]!.trim()} : ${m[1]!.trim()} = ${m[4]!.trim()} : ${m[3]!.trim()}` : p;
}
