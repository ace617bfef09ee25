/**
 * Comparison of two parsed answers (the value-level policies of policy.ts) as one ordered table of
 * rules: the first rule that returns an outcome decides. A new value-level rule is one entry here.
 */
import { asEquation, compareEquations, compareRatios, differentUnknowns, isSystem, namesOneQuantity, renamedArgument, askedApplication, asksForOtherAngle } from './equations';
import { no, undecided, yes, type CompareContext, type Outcome } from './outcome';
import type { PolicyId } from './policy';
import { compareScalars, listsPlusMinus, plusMinusValues, pmSet, uncertainValue } from './quantity';
import { freeVars, hasPm, type Node } from './ast';
import { asksSolvedFor, notInAskedForm } from './solved-for';
import { filledForm } from './asked-form';
import { BARE_NUMBER_FOR_LINE } from './asked-line';
import { askedPart, asksFor, asksForCombination, asksForOneOfSeveral, asksForOtherIndexed, asksForOtherName, asksForRange, labelIsOwn } from './question';
import { compareIntervals, compareMatrices, compareOrder, compareSeqs } from './structure';
import { sameText } from './text';
import { kindsDiffer, type Value } from './value';

export type { CompareContext } from './outcome';

/** The full comparison with its arguments in (answer, reference) order, whichever side a rule holds. */
type Oriented = (a: Value, b: Value, ctx: CompareContext) => Outcome;

/**
 * One rule, written for one orientation: `x` plays the answer and `y` the reference. `compare(a, b, ctx)`
 * hands the full comparison its arguments in (answer, reference) order whichever side `x` is, so a
 * rule tried both ways never needs a mirrored copy. Null: the rule does not apply.
 */
type RuleBody = (x: Value, y: Value, compare: Oriented, ctx: CompareContext) => Outcome | null;

/** An entry of the table: the policy it implements and whether it is also tried with the reference first. */
export interface ValueRule {
  policy: PolicyId;
  name: string;
  bothWays: boolean;
  apply: RuleBody;
}

const asScalar = (node: Node): Value => ({ k: 'scalar', node, percent: false, degree: false, unit: null });
const short = (t: string) => t.trim().split(/\s+/).length <= 2;
const boundsFunctionValue = (v: Value) => (v.k === 'interval' || v.k === 'union') && v.variable !== undefined && v.variable.includes('(');

/** The value-level rules in priority order (the first that applies decides). */
export const VALUE_RULES: readonly ValueRule[] = [
  {
    policy: 'structures',
    name: 'a one-element list or set stands for its element (program output such as `[3]`)',
    bothWays: true,
    apply: (x, y, compare, ctx) => (x.k === 'seq' && x.items.length === 1 && !(y.k === 'seq' && y.items.length === 1) ? compare(x.items[0]!, y, ctx) : null),
  },
  {
    policy: 'structures',
    name: 'an intercept the question asks for: the point `(0, b)` is b for a y-intercept, `(a, 0)` is a for an x-intercept',
    bothWays: true,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'seq' || x.open !== '(' || x.items.length !== 2 || y.k !== 'scalar' || !ctx.question?.includes('ntercept')) return null;
      const axes = new Set([...ctx.question.matchAll(/\b([xy])\s*-?\s*intercept/gi)].map((m) => m[1]!.toLowerCase()));
      if (axes.size !== 1) return null;
      const [zero, value] = axes.has('y') ? [x.items[0]!, x.items[1]!] : [x.items[1]!, x.items[0]!];
      return zero.k === 'scalar' && zero.node.t === 'num' && zero.node.v.n === 0n ? compare(value, y, ctx) : null;
    },
  },
  {
    policy: 'text',
    name: 'words against words',
    bothWays: false,
    apply: (x, y, _compare, ctx) => {
      if (x.k !== 'text' || y.k !== 'text') return x.k === 'text' || y.k === 'text' ? undecided('One side is not a mathematical expression.') : null;
      if (sameText(x.text, y.text, ctx.question) || x.text.replace(/\s+/g, '') === y.text.replace(/\s+/g, '')) return yes('text', 'The same words.');
      return short(x.text) && short(y.text) && !/[\\{}^_]/.test(x.text + y.text) ? no('text', 'Different words.') : undecided('Differently phrased; the rules cannot tell.');
    },
  },
  {
    policy: 'text',
    name: 'yes/no answers',
    bothWays: false,
    apply: (x, y) => {
      if (x.k !== 'bool' && y.k !== 'bool') return null;
      if (x.k === 'bool' && y.k === 'bool') return x.value === y.value ? yes('text', `Both say ${x.value ? 'true' : 'false'}.`) : no('text', 'One says true, the other false.');
      return no('rule', 'A yes/no answer against a value.');
    },
  },
  {
    policy: 'hedges',
    name: '"x < -1 or x > 1" is a union of intervals, not a hedge',
    bothWays: true,
    apply: (x, y, compare, ctx) =>
      x.k === 'alt' && x.items.every((v) => v.k === 'interval') && (y.k === 'union' || y.k === 'interval') ? compare({ k: 'union', parts: x.items }, y, ctx) : null,
  },
  {
    policy: 'equations',
    name: 'a system in the answer (`x = 1, y = \\sqrt{3}`) that fills the form the question asks for (`x + yi`): that form filled in',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      const filled = y.k === 'scalar' ? filledForm(ctx.question, x) : null;
      return filled ? compare(filled, y, ctx) : null;
    },
  },
  {
    policy: 'structures',
    name: 'a system in the answer (`x = 3, y = 4`) against one value (`4`, `y = 4`): the value of the one unknown the question asks for',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'seq' || (y.k !== 'scalar' && y.k !== 'eq') || x.items.length < 2 || !ctx.question) return null;
      const part = askedPart(ctx.question);
      if (!part || !x.items.every((v) => v.k === 'eq')) return null;
      const asked = x.items.filter((v) => v.k === 'eq' && asksFor(part, v.name));
      // Against `b = 5` the labelled value itself, so its name must agree too.
      return asked.length === 1 && asked[0]!.k === 'eq' ? compare(y.k === 'eq' ? asked[0]! : asked[0]!.rhs, y, ctx) : null;
    },
  },
  {
    policy: 'hedges',
    name: 'alternatives in the answer: a hedge against one value, a list against several',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'alt' && !listsPlusMinus(x, y)) return null;
      // `x = \pm 2` is several values as much as `\pm 2`: "x = 2 or x = -2" lists them.
      const pm = y.k === 'eq' ? y.rhs : y;
      const several = (y.k === 'seq' && y.items.length > 1) || y.k === 'alt' || (pm.k === 'scalar' && hasPm(pm.node));
      if (several && y.k === 'eq') {
        if (x.items.some((v) => v.k === 'eq' && v.name !== y.name)) return no('rule', `The answer names another unknown than ${y.name}.`);
        return compare({ k: 'seq', open: '', items: x.items }, pm, ctx);
      }
      if (several) return compare({ k: 'seq', open: '', items: x.items }, y.k === 'alt' ? { k: 'seq', open: '', items: y.items } : y, ctx);
      // "1/2 or 0.5" names one value twice: every alternative must match.
      if (x.items.every((item) => compare(item, y, ctx).equal === true)) return yes('rule', 'Every alternative given is the reference value.');
      return no('rule', 'The answer hedges between several values.');
    },
  },
  {
    policy: 'several-answers',
    name: 'one value of several, when the question asks for one possible value',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      const values = y.k === 'alt' || (y.k === 'seq' && (y.open === '' || y.open === '{')) ? y.items : plusMinusValues(y);
      if (!values || values.length < 2 || x.k === 'alt' || x.k === 'seq' || !asksForOneOfSeveral(ctx.question ?? '')) return null;
      const hit = values.map((v) => compare(x, v, ctx)).find((o) => o.equal !== false);
      return hit?.equal === true ? yes(hit.method, `One of the reference's values, as the question asks for one: ${hit.reason}`) : hit ?? no('structure', "The answer is none of the reference's values.");
    },
  },
  {
    policy: 'hedges',
    name: 'alternatives in the reference are the list of its values',
    bothWays: false,
    apply: (x, y, compare, ctx) => (y.k === 'alt' ? compare(x, { k: 'seq', open: '', items: y.items }, ctx) : null),
  },
  {
    policy: 'equations',
    name: 'two named values: the same name compares the values',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'eq' || y.k !== 'eq') return null;
      if (x.name === y.name) return compare(x.rhs, y.rhs, ctx);
      const renamed = y.rhs.k === 'scalar' ? renamedArgument(x, y.name, y.rhs.node) : null;
      if (renamed) return compare(asScalar(renamed), y.rhs, ctx);
      const [ex, ey] = [asEquation(x), asEquation(y)];
      // `P = 100 - 0.8X_d` against `X_d = 125 - 1.25P`: one relation between the same two unknowns, solved for either.
      const relates = (v: typeof x, name: string) => v.rhs.k === 'scalar' && freeVars(v.rhs.node).has(name);
      if (relates(x, y.name) && relates(y, x.name) && ex.k === 'equation' && ey.k === 'equation') {
        // "writing y as a function of x": the same relation solved for x is not the form the question asks for.
        const asked = ctx.question === undefined ? null : asksSolvedFor(ctx.question);
        if (asked === y.name && x.name !== asked) return no('structure', `The answer is solved for ${x.name}; the question asks for ${asked} in terms of ${x.name}.`);
        return compare(ex, ey, ctx);
      }
      if (differentUnknowns(x.name, y.name)) return no('rule', `The answer gives ${x.name}, the reference ${y.name}.`);
      return ex.k === 'equation' && ey.k === 'equation' ? compare(ex, ey, ctx) : compare(x.rhs, y.rhs, ctx);
    },
  },
  {
    policy: 'equations',
    name: 'a reference that relates several unknowns (`2a + b = 7`) is not the number on one side',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      // A vector named by a combination (`\vec{u} + \vec{v} = (4, -3)`) is a value, not a relation.
      if (y.k !== 'eq' || y.lhs === undefined || namesOneQuantity(y.lhs) || y.rhs.k === 'seq' || !(x.k === 'scalar' || x.k === 'seq') || isSystem(x)) return null;
      // `x_1 + x_2 = 7` for "Find the sum of the roots": the label is what the question asks for in words; 7 is the value.
      // Only a plain label (no coefficient: `2a + b = 7` is a relation) for a question that asks for no equation.
      const labelled = x.k === 'scalar' && y.rhs.k === 'scalar' && freeVars(y.rhs.node).size === 0 && !/\d/.test(y.name.replace(/_\{?\w+\}?/g, '')) &&
        ctx.question !== undefined && asksForCombination(ctx.question, y.lhs) && !/\b(?:equations?|relation(?:ship)?|expression|formula)\b/i.test(ctx.question);
      return labelled ? compare(x, y.rhs, ctx) : no('structure', `The reference is the relation ${y.name} = …, not a single value.`);
    },
  },
  BARE_NUMBER_FOR_LINE,
  {
    policy: 'equations',
    name: 'a named value (`x = 3`) against an equation, or against a value that is not a system',
    bothWays: true,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'eq') return null;
      if (y.k === 'equation') {
        const e = asEquation(x);
        return e.k === 'equation' ? compare(e, y, ctx) : no('structure', 'An equation against a value.');
      }
      // `x = \{1, 2\}` against `x = 1, 2`: one unknown's solution set against its values listed after one label.
      if (isSystem(y)) return x.rhs.k === 'seq' && x.rhs.open === '{' && y.k === 'seq' && y.items.every((i) => i.k !== 'eq' || i.name === x.name) ? compare(x.rhs, y, ctx) : null;
      // `a^2 = 1` states a^2: it answers the question only when the question asks for a^2.
      // `T2 = 928` is T₂ written without its underscore (the name of one quantity), not T times 2.
      if (x.lhs !== undefined && !namesOneQuantity(x.lhs) && !/^[A-Za-z]\d$/.test(x.name) && ctx.question !== undefined && !asksFor(ctx.question, x.name) && !asksForCombination(ctx.question, x.lhs)) {
        // `m - M = 24.4` for "Find the distance modulus": a label of letters the question never writes may be the
        // answer's own name for what is asked (or another quantity: `x + y = 10` for "the larger one"), so only a wrong value decides.
        const own = labelIsOwn(ctx.question, freeVars(x.lhs)) ? compare(x.rhs, y, ctx) : null;
        if (own?.equal === true) return undecided(`The answer labels its value ${x.name}, which the question does not name; whether that is what it asks for is not known.`);
        return own?.equal === false ? own : no('structure', `The answer gives the value of ${x.name}, which the question does not ask for.`);
      }
      // `a_6 = 189` for "Find $S_6$, the sum of the first 6 terms": the value of another term.
      // `f(t) = t^2 - 2t` for "find $f(x)$" against `x^2 - 2x`: the function the question names, its argument renamed.
      const asked = y.k === 'scalar' && ctx.question !== undefined ? askedApplication(ctx.question, x.name) : null;
      const renamed = asked !== null && y.k === 'scalar' ? renamedArgument(x, asked, y.node) : null;
      if (renamed) return compare(asScalar(renamed), y, ctx);
      if (ctx.question !== undefined && (asksForOtherIndexed(ctx.question, x.name) || asksForOtherName(ctx.question, x.name) || asksForOtherAngle(ctx.question, x.name))) return no('structure', `The answer gives the value of ${x.name}; the question asks for another quantity.`);
      return compare(x.rhs, y, ctx);
    },
  },
  {
    policy: 'equations',
    name: 'an identity (`\\tan x = \\frac{\\sin x}{\\cos x}`, both sides the same expression) against a value is that expression',
    bothWays: false,
    apply: (x, y, compare, ctx) => {
      if (x.k !== 'equation' || y.k === 'equation' || y.k === 'eq') return null;
      const [lhs, rhs] = [asScalar(x.lhs), asScalar(x.rhs)];
      return compare(lhs, rhs, ctx).equal === true ? compare(rhs, y, ctx) : null;
    },
  },
  {
    policy: 'equations',
    name: 'equations compare by lhs − rhs up to a factor',
    bothWays: false,
    apply: (x, y, _compare, ctx) => (x.k === 'equation' || y.k === 'equation' ? notInAskedForm(x, y, ctx.question) ?? compareEquations(x, y) : null),
  },
  { policy: 'hedges', name: '`5.0 ± 0.1` against its central value: a measurement or two values', bothWays: true, apply: (x, y, compare, ctx) => uncertainValue(x, y, compare, ctx) },
  {
    policy: 'exact-numbers',
    name: 'two scalars, with their percent / degree / unit flags',
    bothWays: false,
    apply: (x, y, _compare, ctx) => (x.k === 'scalar' && y.k === 'scalar' ? compareScalars(x, y, ctx, compareValues) : null),
  },
  {
    policy: 'hedges',
    name: '`2 ± √3` against a list is the set of its two values',
    bothWays: true,
    apply: (x, y, compare, ctx) => (x.k === 'scalar' && hasPm(x.node) ? compare(pmSet(x), y, ctx) : null),
  },
  {
    policy: 'structures',
    name: 'matrices and vectors',
    bothWays: false,
    apply: (x, y, _compare, ctx) => (x.k === 'matrix' || y.k === 'matrix' ? compareMatrices(x, y, ctx, compareValues) : null),
  },
  {
    policy: 'structures',
    name: 'bounds on a function value (`-1 < g(x) < 3`) answer only a question about its range',
    bothWays: true,
    apply: (x, y, _compare, ctx) =>
      boundsFunctionValue(x) && !boundsFunctionValue(y) && !asksForRange(ctx.question ?? '')
        ? undecided('The answer bounds a function value, and the question is not known to ask for its range.')
        : null,
  },
  {
    policy: 'structures',
    name: 'a chain `b > a > c` is an order: against another chain, or a list in the direction the question asks for',
    bothWays: true,
    apply: (x, y, compare, ctx) => (x.k === 'order' ? compareOrder(x, y, compare, ctx) : null),
  },
  {
    policy: 'equations',
    name: 'ratios of several terms are equal up to a common factor (`4:6:8` = `2:3:4`)',
    bothWays: false,
    apply: (x, y) => (x.k === 'ratio' || y.k === 'ratio' ? compareRatios(x, y) : null),
  },
  {
    policy: 'structures',
    name: 'intervals and unions',
    bothWays: false,
    apply: (x, y, _compare, ctx) => (x.k === 'interval' || y.k === 'interval' || x.k === 'union' || y.k === 'union' ? compareIntervals(x, y, ctx, compareValues) : null),
  },
  {
    policy: 'structures',
    name: 'tuples, sets, lists and systems',
    bothWays: false,
    apply: (x, y, _compare, ctx) => (x.k === 'seq' && y.k === 'seq' ? compareSeqs(x, y, ctx, compareValues) : null),
  },
];

/** Compares a predicted answer with the reference: the first rule of VALUE_RULES that applies decides. */
export function compareValues(p: Value, g: Value, ctx: CompareContext): Outcome {
  for (const rule of VALUE_RULES) {
    const out = rule.apply(p, g, forward, ctx) ?? (rule.bothWays ? rule.apply(g, p, backward, ctx) : null);
    if (out) return out;
  }
  return no('structure', kindsDiffer(p, g));
}

// Module-level so a comparison allocates no closures (it runs for every item of every list).
const forward: Oriented = (a, b, ctx) => compareValues(a, b, ctx);
const backward: Oriented = (a, b, ctx) => compareValues(b, a, ctx);
