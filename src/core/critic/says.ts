/**
 * Policy `text` for a sentence against a short reference in words: a sentence that ends on the
 * reference's word or phrase ("The sequence converges." = `converges`, "…, so the limit does not
 * exist." = `does not exist`), and a sentence whose subject is the answer to a "who"/"which" question.
 */
import { textKey, verbForm } from './text';

/** Words that deny or doubt what a short sentence says ("It never converges.", "It may converge."). */
export const DOUBTS = /\b(?:not|never|no|nor|neither|cannot|can't|doesn't|don't|isn't|may|might|could|maybe|perhaps|possibly|probably|whether|if|or|unless)\b|n't\b/i;

const singular = (w: string) => w.replace(/(\w{3,})s$/, '$1');

/**
 * "The sequence converges." against `converges`: the sentence's last clause ("By the p-series test,
 * the series converges." says "the series converges") is short and ends on the reference's word or
 * phrase of up to three words (`does not exist`), and nothing else in the sentence denies or doubts it
 * (the reference's own "not" does not count).
 */
export function endsOnWord(p: string, g: string): boolean {
  // "…the series is divergent." ends on `diverges`: the adjective of the verb says the same.
  const ref = verbForm(textKey(g)).split(' ');
  // A word (`converges`), a short phrase (`does not exist`) or a code with a digit (`P3`, `B12`: a level, a seat, a room).
  if (!(/^[a-z]{3,}(?: [a-z]+){0,2}$/.test(ref.join(' ')) || /^[a-z]+\d+[a-z\d]*$/.test(ref.join(' ')))) return false;
  const cut = Math.max(p.lastIndexOf(','), p.lastIndexOf(';'));
  const words = verbForm(textKey(p.slice(cut + 1).replace(/^\s*(?:so|thus|hence|therefore|and)\b/i, ''))).split(' ');
  const n = ref.length;
  // A subject and the reference's words; after a comma the clause may be the words alone ("Therefore, converges.").
  if (words.length < (cut < 0 ? n + 1 : n) || words.length > n + 5) return false;
  const tail = words.slice(-n);
  if (!tail.every((w, i) => (i === n - 1 ? singular(w) === singular(ref[i]!) : w === ref[i]))) return false;
  const own = new RegExp(`${ref.map((w) => `${w}\\w*`).join('[^A-Za-z]+')}[^A-Za-z]*$`, 'i');
  return !DOUBTS.test(p.replace(own, ''));
}

// Words that exclude each other: a sentence that ends on one says the reference's is false.
// The three verdicts on a series exclude each other ("converges conditionally" is no `converges absolutely`);
// plain "converges" is not set against "converges absolutely": it may be true and only say less.
const OPPOSITES: Record<string, string[]> = {
  converges: ['diverges'],
  diverges: ['converges', 'converges absolutely', 'converges conditionally'],
  converge: ['diverge'],
  diverge: ['converge', 'converge absolutely', 'converge conditionally'],
  convergent: ['divergent'],
  divergent: ['convergent'],
  exists: ['does not exist'],
  'does not exist': ['exists'],
  'converges absolutely': ['converges conditionally', 'diverges'],
  'converges conditionally': ['converges absolutely', 'diverges'],
};

/**
 * Whether a short sentence says the reference's words (true), the words that exclude them ("The series
 * converges." against `diverges`: false), or neither (null).
 */
export function saysWord(p: string, g: string): boolean | null {
  if (endsOnWord(p, g)) return true;
  const opposites = OPPOSITES[verbForm(textKey(g))] ?? [];
  return opposites.some((o) => endsOnWord(p, o)) ? false : null;
}

// The question's own clause: "Who is the tallest of the three?", "Who finished first?", "Which city is the largest?".
const ASKS_WHO = /\bwho\s+([a-z]+)\b([^?]*)\?|\bwhich(?:\s+[a-z]+){0,2}?\s+(is|are|was|were)\b([^?]*)\?/i;

/**
 * "So Carol is the tallest." for "Who is the tallest of the three?": a sentence that repeats the
 * question's clause (its verb, and its predicate or the start of it: "the tallest") with a subject in
 * place of "who" names the answer. That subject (four words at most), or null when the sentence is not
 * such an answer, or denies or doubts it ("Carol or Alice is the tallest.", "Carol is not the tallest.").
 */
export function askedSubject(p: string, question: string): string | null {
  const q = ASKS_WHO.exec(question);
  if (!q || DOUBTS.test(p)) return null;
  const [verb, predicate] = [(q[1] ?? q[3])!.toLowerCase(), textKey(q[2] ?? q[4] ?? '')];
  const clause = p.slice(Math.max(p.lastIndexOf(','), p.lastIndexOf(';')) + 1).trim().replace(/[.!]+$/, '');
  const m = new RegExp(`^(?:(?:so|thus|hence|therefore|and)\\b\\s*)?(\\S.{0,40}?)\\s+${verb}\\b(.*)$`, 'i').exec(clause);
  if (!m) return null;
  const [said, asked] = [textKey(m[2]!), predicate];
  // The predicate as asked, or its start ("the tallest" of "the tallest of the three"); something when something is asked.
  if ((said === '' && asked !== '') || !(asked === said || asked.startsWith(`${said} `))) return null;
  const subject = m[1]!.trim();
  return subject.split(/\s+/).length <= 4 ? subject : null;
}
