import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { readCorpus, type LabelledPair } from '../../fixtures/critic/corpus';

// groups.test.ts and corpus.test.ts state the accuracy goal (≥ 0.97 a group), which lets up to 3% of
// a group change verdict unseen. This file pins every labelled pair instead: a change to the rules
// that flips one verdict, right to wrong or YES to undecided, fails here by name. (Mutation testing
// showed the goal tests let such changes through.) A pair the rules cannot decide today is listed
// below with its reason; when a change decides it, take it off the list.
const knownMisses: Record<string, string> = {
  'prose-37': 'two values in one sentence ("4 cookies and 2 are left over"); the rules cannot tell which is the answer',
  'notation-156': 'a mixed number ("$1\\frac{1}{2}$ cups") reads as two values, 1 and 1/2',
  'prose-367': 'the question asks for the total an earlier clause states, not what its last clause says; the rules do not pick a clause by the question, so they leave it undecided',
  'prose-368': 'the same, as the last sentence of working',
  'prose-395': 'the question asks for the year and the sentence gives 2,900 wolves beside it; which number answers is left undecided',
  'prose-398': 'the question asks for hours and the sentence reads 45 miles beside "4 hours"; which number answers is left undecided',
  'text-206': 'an acronym against its words spelled out ("SRMC=LRMC"); expanding acronyms would be guessing',
  'notation-330': 'a lone m after a number is metres or the question\'s mass $m$; the answer says "metres", but the rules compare both readings of the reference only, and they disagree (policy `units`)',
  'text-117': '"a regular hexagon" says more than the reference\'s one word; whether "regular" matters is left undecided',
  'text-297': 'a set described in words ("the set of all multiples of 3") against set-builder notation; the rules do not read such descriptions and leave them undecided',
  'text-301': 'the same after an answer phrase ("the answer is the multiples of 3")',
};

/** What the rules must say: the label, NO or undecided where the corpus marks `rules: 'undecided'`, undecided for a known miss. */
function expected(p: LabelledPair): (boolean | null)[] {
  if (p.id in knownMisses) return [null];
  if (p.label) return [true];
  return p.rules === 'undecided' ? [false, null] : [false];
}

const files = ['pairs.jsonl', 'groups.jsonl'];

describe('judgeByRules', () => {
  for (const file of files) {
    const pairs = readCorpus(file);
    describe(`should judge every pair of tests/fixtures/critic/${file} as labelled`, () => {
      test.each(pairs.map((p) => [p.id, p] as const))('for %s', (_id, p) => {
        const verdict = judgeByRules(p.pred, p.gold, { question: p.question });
        expect(expected(p), `${JSON.stringify(p.pred)} against ${JSON.stringify(p.gold)}: ${verdict.reason}`).toContain(verdict.equal);
      });
    });
  }

  test('should list as known misses only pairs that exist, once each', () => {
    const ids = files.flatMap((file) => readCorpus(file).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of Object.keys(knownMisses)) expect(ids).toContain(id);
  });
});
