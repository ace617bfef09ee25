import { describe, expect, test } from 'vitest';
import { memoised, withinJudgement } from '../../../src/core/critic/judgement-memo';
import { judgeByRules } from '../../../src/core/critic';
import { readCorpus } from '../../fixtures/critic/corpus';

/** A reader that counts its calls, memoised. */
function counted() {
  const calls: string[] = [];
  const read = memoised((s: string) => {
    calls.push(s);
    return { read: s };
  });
  return { calls, read };
}

describe('memoised readers', () => {
  test('should read each string once inside a judgement and share the result', () => {
    const { calls, read } = counted();
    withinJudgement(() => {
      expect(read('1/2')).toBe(read('1/2'));
      read('3');
    });
    expect(calls).toEqual(['1/2', '3']);
  });

  test('should not keep anything from one judgement to the next', () => {
    const { calls, read } = counted();
    const first = withinJudgement(() => read('x'));
    const second = withinJudgement(() => read('x'));
    expect(calls).toEqual(['x', 'x']);
    expect(second).not.toBe(first);
  });

  test('should read every time outside a judgement', () => {
    const { calls, read } = counted();
    read('7');
    read('7');
    expect(calls).toEqual(['7', '7']);
  });

  test('should keep the memo through a nested judgement until the outermost ends', () => {
    const { calls, read } = counted();
    withinJudgement(() => {
      read('a');
      withinJudgement(() => read('a'));
      read('a');
    });
    withinJudgement(() => read('a'));
    expect(calls).toEqual(['a', 'a']);
  });

  test('should empty the memo when a judgement throws', () => {
    const { calls, read } = counted();
    expect(() =>
      withinJudgement(() => {
        read('b');
        throw new Error('a rule failed');
      }),
    ).toThrow('a rule failed');
    withinJudgement(() => read('b'));
    expect(calls).toEqual(['b', 'b']);
  });

  test('should memoise an undefined result too', () => {
    let calls = 0;
    const read = memoised(() => {
      calls++;
      return undefined;
    });
    withinJudgement(() => [read('u'), read('u')]);
    expect(calls).toBe(1);
  });
});

describe('judgements with the memo', () => {
  // A caller that changed a shared parsed value would make a later judgement, or a later rule in the
  // same one, see another answer: the corpus judged after itself in reverse must give the same verdicts.
  test('should give each pair the same verdict whatever was judged before it', () => {
    const pairs = readCorpus('groups.jsonl').slice(0, 600);
    const forward = pairs.map((p) => judgeByRules(p.pred, p.gold, { question: p.question }));
    const backward = [...pairs].reverse().map((p) => judgeByRules(p.pred, p.gold, { question: p.question })).reverse();
    expect(backward).toEqual(forward);
  });
});
