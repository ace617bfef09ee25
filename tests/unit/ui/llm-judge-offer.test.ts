import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { askLlmJudgeInto } from '../../../src/ui/components/LlmJudgeOffer/ask-llm-judge';
import { applyOfferEvent, offerAvailability, type OfferPhase } from '../../../src/ui/components/LlmJudgeOffer/offer-state';
import { initialRunState, type RunState } from '../../../src/ui/state/run-state';
import type { RunBox } from '../../../src/ui/state/run-driver';
import { AbortError } from '../../../src/core/errors';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

const undecided = { equal: null, method: 'none' as const, reason: 'The answers are phrased differently; the rules cannot tell.' };
const live = { kind: 'openai' as const, model: 'scripted', isRecording: false };

function finished(overrides: Partial<RunState> = {}): RunState {
  return { ...initialRunState(), phase: 'done', runId: 'r1', engine: live, answer: '\\text{all even integers}', verdict: undecided, ...overrides };
}

describe('offerAvailability', () => {
  describe('should offer the LLM judge only for an undecided verdict on a finished answer', () => {
    test.each([
      ['an undecided verdict', finished(), { show: true, enabled: true }],
      ['a run restored from a link', finished({ phase: 'restored' }), { show: true, enabled: true }],
      ['a YES', finished({ verdict: { equal: true, method: 'exact', reason: 'Same.' } }), { show: false, enabled: false }],
      ['a NO', finished({ verdict: { equal: false, method: 'exact', reason: 'Differ.' } }), { show: false, enabled: false }],
      ['no verdict yet', finished({ verdict: null }), { show: false, enabled: false }],
      ['a verdict still being computed', finished({ verdictPending: true }), { show: false, enabled: false }],
      ['no final answer', finished({ answer: null }), { show: false, enabled: false }],
      ['a run still going', finished({ phase: 'running' }), { show: false, enabled: false }],
      ['a failed run', finished({ phase: 'failed' }), { show: false, enabled: false }],
    ])('for %s', (_name, run, expected) => {
      expect(offerAvailability(run, false)).toMatchObject(expected);
    });
  });
  describe('should say why the button cannot be used', () => {
    test('for a recording, which cannot judge', () => {
      const offer = offerAvailability(finished({ engine: { ...live, kind: 'replay', isRecording: true } }), false);
      expect(offer).toMatchObject({ show: true, enabled: false });
      expect(offer.why).toMatch(/recording cannot judge/);
    });
    test('for an engine busy with a solve', () => {
      expect(offerAvailability(finished(), true)).toMatchObject({ show: true, enabled: false, why: expect.stringMatching(/busy/) });
    });
  });
});

describe('applyOfferEvent', () => {
  const ready: OfferPhase = { kind: 'ready' };
  const asking: OfferPhase = { kind: 'asking' };
  describe('should follow one question from the button to its outcome', () => {
    test.each<[string, OfferPhase, Parameters<typeof applyOfferEvent>[1], OfferPhase]>([
      ['asking', ready, { type: 'ask' }, asking],
      ['a second click while asking', asking, { type: 'ask' }, asking],
      ['a verdict', asking, { type: 'settled', decided: true }, ready],
      ['a reply that is not a verdict', asking, { type: 'settled', decided: false }, { kind: 'unclear' }],
      ['a failure', asking, { type: 'failed', error: new Error('connection refused') }, { kind: 'failed', message: 'connection refused.' }],
      ['a cancellation', asking, { type: 'failed', error: new AbortError() }, ready],
      ['a late answer after a reset', ready, { type: 'settled', decided: false }, ready],
      ['a new run', { kind: 'failed', message: 'x.' }, { type: 'reset' }, ready],
      ['asking again after an unclear reply', { kind: 'unclear' }, { type: 'ask' }, asking],
    ])('for %s', (_name, from, event, to) => {
      expect(applyOfferEvent(from, event)).toEqual(to);
    });
  });
});

describe('askLlmJudgeInto', () => {
  let srv: ScriptedOpenAiServer;
  beforeAll(async () => {
    // The judge prompt names the result; the scripted model says YES only to the even integers.
    srv = await startScriptedOpenAiServer({ script: ({ prompt }) => (prompt.includes('Result to check: \\text{all even integers}') ? 'YES' : prompt.includes('odd') ? 'NO' : 'It depends.') });
  });
  afterAll(() => srv?.close());
  const problem = { id: 'p', question: 'Describe the set S.', reference: 'the set of even numbers' };
  const engine = async () => createOpenAiEngine({ baseUrl: srv.baseUrl, model: 'scripted' });

  describe('should put the model verdict on the run', () => {
    test('for a YES', async () => {
      const box: RunBox = { value: finished() };
      expect(await askLlmJudgeInto(box, problem, engine, new AbortController().signal)).toBe(true);
      expect(box.value.verdict).toEqual({ equal: true, method: 'llm', reason: 'The language model judge said YES.' });
      const prompt = srv.requests[srv.requests.length - 1]!.prompt;
      expect(prompt).toContain('Reference answer: the set of even numbers');
      expect(prompt).toContain('Question: Describe the set S.');
    });
    test('for a NO', async () => {
      const box: RunBox = { value: finished({ answer: '\\text{all odd integers}' }) };
      expect(await askLlmJudgeInto(box, problem, engine, new AbortController().signal)).toBe(true);
      expect(box.value.verdict).toMatchObject({ equal: false, method: 'llm' });
    });
  });
  describe('should leave the run alone', () => {
    test('for a reply that is not a verdict', async () => {
      const box: RunBox = { value: finished({ answer: 'a mystery' }) };
      expect(await askLlmJudgeInto(box, problem, engine, new AbortController().signal)).toBe(false);
      expect(box.value.verdict).toBe(undecided);
    });
    test('for a run replaced while the model was answering', async () => {
      const box: RunBox = { value: finished() };
      const asked = askLlmJudgeInto(box, problem, async () => {
        box.value = finished({ runId: 'r2' });
        return engine();
      }, new AbortController().signal);
      expect(await asked).toBe(true);
      expect(box.value.runId).toBe('r2');
      expect(box.value.verdict).toBe(undecided);
    });
    test('for a cancelled question, which rejects with AbortError', async () => {
      const box: RunBox = { value: finished() };
      const c = new AbortController();
      c.abort();
      await expect(askLlmJudgeInto(box, problem, engine, c.signal)).rejects.toMatchObject({ name: 'AbortError' });
      expect(box.value.verdict).toBe(undecided);
    });
  });
});
