import { describe, expect, test } from 'vitest';
import { sampleFamily } from '../../../src/core/dataset/conversation';
import { sha256Hex } from '../../../src/core/dataset/fingerprint';
import { createKeyCache } from '../../../src/core/dataset/summary';
import { buildPrompt, PROMPT_FAMILIES, type PromptFamily } from '../../../src/core/prompt';
import { METHODS, type Method } from '../../../src/core/transcript';

const blank = (family: PromptFamily, method: Method) => ({ family, method, promptId: '', problemKey: '' });

describe('createKeyCache', () => {
  describe('should give every sample the SHA-256 of its own prompt and question', () => {
    test('for questions, families and methods interleaved, past the number of questions it remembers', () => {
      const keys = createKeyCache(3);
      const questions = ['What is 6*7?', 'What is 6*7? ', 'Ünïcödé ≤ 𝔸', 'q4', 'q5'];
      let x = 7;
      for (let i = 0; i < 400; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        const question = questions[x % questions.length]!;
        const family = PROMPT_FAMILIES[(x >>> 8) % PROMPT_FAMILIES.length]!;
        const method = METHODS[(x >>> 16) % METHODS.length]!;
        const summary = blank(family, method);
        keys.assign(summary, question, true);
        expect(summary.promptId).toBe(sha256Hex(buildPrompt(question, family, method).prompt));
        expect(summary.problemKey).toBe(sha256Hex(question));
      }
    });

    test('for a problem key asked for only after the prompt id was remembered', () => {
      const keys = createKeyCache();
      const first = blank('llama3', 'lce');
      keys.assign(first, 'What is 6*7?', false);
      expect(first.problemKey).toBe('');
      const second = blank('llama3', 'cot');
      keys.assign(second, 'What is 6*7?', true);
      expect(second).toEqual({ ...second, promptId: sha256Hex(buildPrompt('What is 6*7?', 'llama3', 'cot').prompt), problemKey: sha256Hex('What is 6*7?') });
    });
  });

  describe("should decide a sample's prompt family as sampleFamily does", () => {
    test('for one model with and without a family named by the engine, and other models, in turn', () => {
      const engines = [
        { kind: 'x', model: 'Qwen2.5-Math-7B-Instruct', family: 'llama3', isRecording: false },
        { kind: 'x', model: 'Qwen2.5-Math-7B-Instruct', isRecording: false },
        { kind: 'x', model: 'Qwen2.5-Math-7B-Instruct', family: 'gpt', isRecording: false },
        { kind: 'x', model: 'Qwen2.5-Math-7B-Instruct', family: 'qwen3', isRecording: false },
        { kind: 'x', model: 'Meta-Llama-3-8B-Instruct', isRecording: false },
        { kind: 'x', model: 'Meta-Llama-3-8B-Instruct', family: 'constructor', isRecording: false },
        { kind: 'x', model: 'WizardMath-7B-V1.1', family: 'wizardmath', isRecording: false },
      ];
      const keys = createKeyCache();
      const sequence = [...engines, ...[...engines].reverse()];
      const families = sequence.map((engine) => keys.family({ engine }));
      expect(families).toEqual(sequence.map((engine) => sampleFamily({ engine })));
      expect(new Set(families)).toEqual(new Set(['llama3', 'qwen2.5-math', 'qwen3', 'wizardmath']));
    });
  });
});
