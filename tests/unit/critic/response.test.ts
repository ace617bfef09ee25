import { describe, expect, test } from 'vitest';
import { readResponse } from '../../../src/core/critic/response';

function expectCandidates(response: string, candidates: string[], corrected = false): void {
  const got = readResponse(response);
  expect('candidates' in got ? got : null, response).toMatchObject({ candidates, corrected });
}

describe('readResponse', () => {
  describe('should keep only the answers after a visible correction', () => {
    test('for a slip redone, a mistake recomputed and a "wait"', () => {
      expectCandidates('The answer is $\\boxed{12}$. Hmm, that was a slip: redoing it gives $\\boxed{64}$.', ['64'], true);
      expectCandidates('I get \\boxed{12}. I made an arithmetic mistake above; recomputing, it is \\boxed{64}.', ['64'], true);
      expectCandidates('The answer is 6. No wait, the answer is 8.', ['8'], true);
    });
  });
  describe('should keep every candidate when the response does not settle', () => {
    test('for a hedge, two boxes without a correction, and a correction that still hedges', () => {
      expectCandidates('It is either \\boxed{12} or \\boxed{64}.', ['12', '64']);
      expectCandidates('First I get \\boxed{12}. Then again I get \\boxed{64}.', ['12', '64']);
      expectCandidates('\\boxed{12} ... on second thought, it might be \\boxed{64}, not sure.', ['12', '64']);
      expectCandidates('I get \\boxed{12}. Wait, maybe it is \\boxed{64}.', ['12', '64']);
    });
  });
  describe('should read answers given part by part', () => {
    test('for answer phrases in one line and labelled parts', () => {
      expectCandidates('For part (a) the answer is 2, and for part (b) the answer is 5.', ['2', '5']);
      expectCandidates('Part (a): 12. Part (b): 30.', ['12', '30']);
    });
  });
  describe('should end the response at chat-template debris', () => {
    test('for a made-up next turn', () => {
      expectCandidates('So the answer is 5/8.<|im_start|>user\nNow solve another problem. The answer is 3.', ['5/8']);
    });
  });
  describe('should prefer the sentence after the last output block', () => {
    test('for the printed value among several numbers', () => {
      expectCandidates('```python\nprint(total)\n```\n```output\n1400\n```\nThe zookeeper needs to order 1400 bananas to last for 2 months.', ['1400']);
    });
    test('for a sentence that restates the result differently', () => {
      const got = readResponse('```python\nprint(a - b)\n```\n```output\n-4.0\n```\nThe winner waits 4 minutes before the loser finishes.');
      expect(got).toMatchObject({ candidates: ['The winner waits 4 minutes before the loser finishes.'], bare: true });
    });
  });
  describe('should find no answer', () => {
    test('for an empty response and prose that states no result', () => {
      expect(readResponse('   ')).toMatchObject({ equal: false });
      expect(readResponse('We first compute the price of each item and then we would need to add the tax, which the problem does not give.')).toMatchObject({ equal: false });
    });
  });
});
