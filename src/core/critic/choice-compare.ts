/** Policy `choices`: a letter reference against letters, option text, or a sentence that names a choice. */
import { choiceMention, goldLetters, goldLetterWithText, predLetters, questionOptions } from './choice';
import { normalise } from './normalise';
import { no, yes, type CompareContext, type Outcome } from './outcome';

/** compareOne, passed in so this module does not depend on rules.ts. */
type CompareOne = (p: string, g: string, ctx: CompareContext, written: string | null) => Outcome;

const LETTER = String.raw`\(?[A-HJK]\)?`;
const LETTERS_OR = new RegExp(String.raw`^${LETTER}(?:\s*,\s*${LETTER})*,?\s+or\s+${LETTER}[.!]?$`);

const HEDGED = /\b(?:maybe|perhaps|possibly|probably|might|could|would|unsure|not sure|also)\b/i;

const OPENING = /^\s*(?:so|thus|hence|therefore)\s*,?\s+(?=\S)/i;

// "Removing the largest value does not change the middle, so the medians … will be the same.": the clause a
// connective draws as the conclusion, after the reason in the same sentence.
const CONCLUSION = /[,;]\s*(?:so|thus|hence|therefore)\s*,?\s+(\S[^,;]*)$/i;

// "The best interpretation is that the object is moving at …": the option's text follows "that".
const JUDGED_THAT = /^(?:the\s+)?(?:best|correct|right|most\s+(?:accurate|reasonable|likely))\s+(?:interpretation|answer|statement|description|conclusion|explanation|choice|option)\s+is\s+that\s+/i;

/** What a sentence concludes: the clause after its last ", so …", else the sentence without an opening "So". */
function conclusion(text: string): string {
  const m = CONCLUSION.exec(text);
  return (m ? m[1]! : text.replace(OPENING, '')).replace(JUDGED_THAT, '');
}

// "Which one of the following cannot be the value of f(1)?", "Which is NOT a factor …?": the option asked for is the one denied.
const ASKS_DENIED = /\b(?:cannot|can\s*not|could\s+not|must\s+not|is\s+not|isn['’]t|is\s+never|not\s+possible|impossible)\b/i;
// "…, so $f(1)$ cannot be $-2$.": the conclusion denies one value of the asked quantity.
// The value is the side with a number or a formula: "$f(1)$ cannot be $-2$" denies -2, "8 is not a factor" denies 8.
const DENIES = /^(\S.*?)\s(?:cannot|can\s*not|can['’]t|could\s+not|is\s+not|isn['’]t|is\s+never)\s+(?:be\s+)?(?:equal\s+to\s+)?(\S.*?)\s*[.!]?\s*$/i;
const VALUE = /[\d$\\]/;

/** For a question that asks which option is denied, the value a concluding denial names; else the conclusion itself. */
function deniedValue(said: string, question: string): string {
  const m = ASKS_DENIED.test(question) ? DENIES.exec(said) : null;
  if (!m) return said;
  return VALUE.test(m[2]!) ? m[2]! : VALUE.test(m[1]!) ? m[1]! : said;
}

/** An option that ends on the verb of its comparison repeated after "than" (`… contained more … than Micha's sample contained.`), without it; null otherwise. */
function withoutElidedVerb(option: string): string | null {
  const m = /^(.*\bthan\b.*?)\s+([a-z]{3,})\s*[.!]?\s*$/i.exec(option.trim());
  return m && new RegExp(String.raw`\b${m[2]}\b.*\bthan\b`, 'i').test(m[1]!) ? m[1]! : null;
}

/**
 * The context for comparing option texts as plain answers: the question's options must not be read
 * again. Made where it is needed (most pairs are not choices; a copy made up front showed in profiles).
 */
const plain = (ctx: CompareContext): CompareContext => ({ ...ctx, question: undefined });

/** Null when neither side is a choice. */
export function compareChoice(p: string, g: string, ctx: CompareContext, compareOne: CompareOne, written: string | null = null): Outcome | null {
  const withText = goldLetterWithText(g);
  if (withText) {
    // `(C) 8`: the letter or the option's text may answer it.
    const mine = predLetters(p, true);
    if (mine) {
      // `(C) 13` against `(C) 12`: the letter with another option text is a NO.
      if (mine.text && mine.letters.length === 1 && mine.letters[0] === withText.letter && compareOne(mine.text, normalise(withText.text), plain(ctx), null).equal === false) {
        return no('choice', `The answer names ${withText.letter} but its text does not match that option.`);
      }
      return compareChoice(p, withText.letter, { ...ctx, question: ctx.question ?? `(${withText.letter}) ${withText.text}` }, compareOne);
    }
    const out = compareOne(p, normalise(withText.text), plain(ctx), null);
    return out.equal === true ? yes('choice', `The answer is the text of option ${withText.letter}.`) : out;
  }
  const gl = goldLetters(g);
  // Against a letter reference a lowercase letter is a choice too (`(b)` for B), and a sentence may name one.
  const letters = predLetters(p, gl !== null);
  const mentioned = !letters && gl ? choiceMention(p) : null;
  // "I would choose B, but C is also possible.": a sentence that names a choice and doubts it.
  if (mentioned && HEDGED.test(p)) return no('choice', 'The sentence that names the choice hedges it.');
  const pl = letters ?? mentioned;
  if (!gl && !pl) return null;
  const options = ctx.question ? questionOptions(ctx.question) : null;
  if (gl) {
    // "A or B": two options kept open is a hedge, also against a reference of several letters (policy `hedges`).
    if (LETTERS_OR.test(p)) return no('choice', 'The answer hedges between choices.');
    if (pl) {
      const same = pl.letters.join() === gl.join();
      if (!same) return no('choice', pl.letters.length > 1 && gl.length === 1 ? 'The answer names several choices.' : `Choice ${pl.letters.join('')} is not ${gl.join('')}.`);
      if (pl.text && options?.has(pl.letters[0]!)) {
        const agree = compareOne(pl.text, normalise(options.get(pl.letters[0]!)!), plain(ctx), null);
        if (agree.equal === false) return no('choice', `The answer names ${gl.join('')} but its text does not match that option.`);
      }
      return yes('choice', `Both choose ${gl.join('')}.`);
    }
    if (gl.length === 1 && options?.has(gl[0]!)) {
      // "So Rana's sample contained …": the connective that draws the conclusion is no part of the option's text.
      // "…, so $f(1)$ cannot be $-2$." for "Which one cannot be the value of f(1)?": the value it denies.
      const said = deniedValue(conclusion(p), ctx.question!);
      const saidWritten = written === null ? null : deniedValue(conclusion(written), ctx.question!);
      // The response as written, so a sentence's formula is read where `$…$` marks it ("…, we need $y + k = 0$.").
      let out = compareOne(said, normalise(options.get(gl[0]!)!), plain(ctx), saidWritten);
      // "…more students than Micha's sample." for "…more students than Micha's sample contained.": the verb after "than" repeated, elided.
      const elided = out.equal === null ? withoutElidedVerb(options.get(gl[0]!)!) : null;
      if (elided !== null && compareOne(said, normalise(elided), plain(ctx), saidWritten).equal === true) out = yes('choice', '');
      if (out.equal !== null) return out.equal ? yes('choice', `The answer is the text of option ${gl[0]}.`) : no('choice', `The answer is not option ${gl[0]}'s text.`);
      // Undecided against its own option, but the very text of another one ("all even integers" for `(B) All even integers`): that option.
      for (const [letter, text] of options) {
        const elidedOther = letter !== gl[0] ? withoutElidedVerb(text) : null;
        if (letter !== gl[0] && (compareOne(said, normalise(text), plain(ctx), null).equal === true || (elidedOther !== null && compareOne(said, normalise(elidedOther), plain(ctx), null).equal === true))) return no('choice', `The answer is the text of option ${letter}, not ${gl[0]}.`);
      }
      return out;
    }
    if (/^[A-Za-z]$/.test(p)) return no('choice', `Choice ${p} is not ${gl.join('')}.`);
    return null;
  }
  // `\textbf{(C)} -1` against `-1`: a letter with its option's text answers by that option; a text that
  // contradicts the option (`(C) 2` when C is -1) is a NO, as against a letter reference.
  if (pl && pl.letters.length === 1 && pl.text && options?.has(pl.letters[0]!)) {
    const option = normalise(options.get(pl.letters[0]!)!);
    if (compareOne(pl.text, option, plain(ctx), null).equal === false) return no('choice', `The answer names ${pl.letters[0]} but its text does not match that option.`);
  }
  if (pl && pl.letters.length === 1 && options?.has(pl.letters[0]!)) {
    const out = compareOne(normalise(options.get(pl.letters[0]!)!), g, plain(ctx), null);
    return { ...out, method: out.equal === null ? out.method : 'choice', reason: `Option ${pl.letters[0]}: ${out.reason}` };
  }
  return null;
}
