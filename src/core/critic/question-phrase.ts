/**
 * Policy `final-answer`: words the question itself says are no hedge in the answer. "82 people responded
 * either "never" or "almost never"." for "How many people responded either "never" or "almost never"?"
 * repeats the question's "or" and "almost"; they describe what is counted, not a doubt about the count.
 */

const HEDGE_WORD = /^(?:or|almost|nearly|either|about|approximately)$/;

// Words of letters and digits only (quotes and other marks separate them), so none needs escaping in a pattern.
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/**
 * A pattern for the longest run of three or more words of `sentence`, with a hedge word among them, that
 * the question also says word for word (quotes aside); null when there is none.
 */
export function questionPhrase(sentence: string, question: string): RegExp | null {
  const asked = ` ${words(question).join(' ')} `;
  const own = words(sentence);
  let best: string[] = [];
  for (let from = 0; from + 3 <= own.length; from++) {
    for (let to = from + 3; to <= own.length && asked.includes(` ${own.slice(from, to).join(' ')} `); to++) {
      const run = own.slice(from, to);
      if (run.length > best.length && run.some((w) => HEDGE_WORD.test(w))) best = run;
    }
  }
  return best.length === 0 ? null : new RegExp(best.join(String.raw`[^a-z0-9]+`), 'i');
}
