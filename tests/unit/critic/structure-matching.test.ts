/**
 * The matching rules of critic/structure.ts with a stand-in item comparison: which reference item a
 * predicted item pairs with in a collection, and what an item that cannot be compared does to a
 * collection or an order. A stand-in lets an item match more than one reference item, or be
 * undecided, which real answers reach only through sympy.
 */
import { describe, expect, test } from 'vitest';
import type { CompareContext, Outcome } from '../../../src/core/critic/outcome';
import { compareOrder, matchUnordered } from '../../../src/core/critic/structure';
import type { Value } from '../../../src/core/critic/value';

/** An item named `name` (only the stand-in comparison below looks at it). */
const item = (name: string) => ({ k: 'scalar', node: { k: 'sym', name }, percent: false, degree: false, unit: null }) as unknown as Value;
const nameOf = (v: Value) => ((v as { node: { name: string } }).node.name);

/** YES for the pairs listed as `pred:gold`, undecided for those listed in `unsure`, NO otherwise. */
function standIn(yesPairs: string[], unsure: string[] = []) {
  return (p: Value, g: Value): Outcome => {
    const key = `${nameOf(p)}:${nameOf(g)}`;
    if (yesPairs.includes(key)) return { equal: true, method: 'exact', reason: 'same' };
    return unsure.includes(key) ? { equal: null, method: 'none', reason: 'unsure' } : { equal: false, method: 'exact', reason: `${key} differ` };
  };
}
const ctx: CompareContext = { wantsPoint: false };

describe('structure matching', () => {
  describe('should pair a collection item with the first free reference item it matches', () => {
    test('when a later item matches only the second one', () => {
      // a matches both x and y, b only y: a takes x, b takes y.
      expect(matchUnordered([item('a'), item('b')], [item('x'), item('y')], ctx, standIn(['a:x', 'a:y', 'b:y'])))
        .toEqual({ equal: true, method: 'structure', reason: 'The same 2 values, in any order.' });
    });
  });

  describe('should not match collections of different sizes', () => {
    test('even when every predicted item is among the reference items', () => {
      expect(matchUnordered([item('a')], [item('a'), item('b')], ctx, standIn(['a:a', 'b:b'])))
        .toEqual({ equal: false, method: 'structure', reason: '1 values against 2.' });
    });
  });

  describe('should leave undecided a collection with an item that cannot be compared', () => {
    test('when no other item matches it', () => {
      expect(matchUnordered([item('a'), item('b')], [item('a'), item('c')], ctx, standIn(['a:a'], ['b:c'])))
        .toEqual({ equal: null, method: 'none', reason: 'Some items could not be compared.' });
    });
  });

  describe('should leave undecided an order with a term that cannot be compared', () => {
    const order = { k: 'order', items: [item('a'), item('b')], strict: [true] } as Extract<Value, { k: 'order' }>;
    const compare = standIn(['a:a'], ['b:b']);
    test('against another order', () => {
      const other = { k: 'order', items: [item('a'), item('b')], strict: [true] } as Value;
      expect(compareOrder(order, other, compare, ctx)).toEqual({ equal: null, method: 'none', reason: 'Item 2: unsure' });
    });
    test('against a list in the order the question asks', () => {
      const list = { k: 'seq', open: '', items: [item('a'), item('b')] } as Value;
      expect(compareOrder(order, list, compare, { ...ctx, question: 'Write them in decreasing order.' })).toEqual({ equal: null, method: 'none', reason: 'Item 2: unsure' });
    });
  });
});
