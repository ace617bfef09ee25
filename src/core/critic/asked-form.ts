/** Policy `equations`: a question that asks for a form (`x + yi`) answered by the values of its letters, one by one. */
import { freeVars, substitute, type Node } from './ast';
import { parseValue, type Value } from './value';
import { inlineFormulas } from './stated';

// "rewrite … in the form $x + yi$", "in the form \(a + b\sqrt{2}\)".
const IN_THE_FORM = /\bin the form\s+(?:of\s+)?(?:\$([^$]+)\$|\\\(([\s\S]+?)\\\))/i;

/**
 * `x = 1, y = \sqrt{3}` for "rewrite … in the form $x + yi$": the form with the answer's values put
 * in (`1 + \sqrt{3}i`), which is what the answer states. Null unless the answer names every letter of
 * the form exactly once, with a value, and nothing else.
 */
export function filledForm(question: string | undefined, answer: Value): Value | null {
  if (!question || answer.k !== 'seq' || answer.items.length < 2) return null;
  const m = IN_THE_FORM.exec(question);
  const form = m ? parseValue((m[1] ?? m[2])!.trim()) : null;
  if (form?.k !== 'scalar') return null;
  const letters = freeVars(form.node);
  // `\alpha = 1` names the form's letter `alpha`: the parser names a Greek letter without its backslash.
  const values = answer.items.map((i) => {
    const name = i.k === 'eq' ? i.name.replace(/^\\/, '') : '';
    return i.k === 'eq' && i.rhs.k === 'scalar' && letters.has(name) ? { name, node: i.rhs.node } : null;
  });
  if (values.some((v) => v === null) || new Set(values.map((v) => v!.name)).size !== letters.size || values.length !== letters.size) return null;
  // Through fresh names first, so a value that holds another letter of the form is not substituted again.
  const fresh = values.reduce<Node>((node, v, k) => substitute(node, v!.name, { t: 'sym', name: `__form${k}` }), form.node);
  const node = values.reduce<Node>((n, v, k) => substitute(n, `__form${k}`, v!.node), fresh);
  return { ...form, node };
}

/** "So $x = 1$ and $y = \sqrt{3}$.": the sentence's formulas as one system, when they fill the form the question asks for. */
export function formInSentence(sentence: string, question: string | undefined): string | null {
  const formulas = inlineFormulas(sentence).map((f) => f.trim());
  // A letter or a Greek letter (`\alpha = 1`) and its value.
  if (formulas.length < 2 || !formulas.every((f) => /^(?:[A-Za-z]|\\[A-Za-z]+)\s*=[^=]+$/.test(f))) return null;
  // Nothing but connectives between the formulas: "x = 1 and y = √3", not "x = 1 when y = √3".
  if (!/^(?:so|thus|hence|therefore|we get|this gives)?[\s,]*(?:\$[^$]+\$\s*(?:,|and|,\s*and)?\s*)+[.!]?$/i.test(sentence.trim())) return null;
  const system = formulas.join(', ');
  return filledForm(question, parseValue(system)) ? system : null;
}
