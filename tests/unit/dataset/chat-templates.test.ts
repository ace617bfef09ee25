import { describe, expect, test } from 'vitest';
import { chatTemplateFor, endOfTurnText, templateKwargs } from '../../../src/core/dataset/chat-templates';
import { completionMessages, conversationOf, promptMessages, type Message } from '../../../src/core/dataset/conversation';
import { buildPrompt, PROMPT_FAMILIES, renderBlocks } from '../../../src/core/prompt';
import { METHODS, type Block } from '../../../src/core/transcript';
import { fixtureSamples, fixtureTexts, render } from './support/fixtures';

// A question that would break naive quoting: Jinja syntax, quotes, backslashes, LaTeX, non-ASCII.
const QUESTION = "Let $f(x) = \\frac{x}{2}$. What's {{ f(4) }}? {% raw %} \"quoted\" — ½ ```python";
const BLOCKS: Block[] = [
  { type: 'text', content: "Let's write a program." },
  { type: 'code', content: 'print(4/2)' },
  { type: 'error', content: 'ZeroDivisionError: division by zero' },
  { type: 'code', content: 'x = 4\nprint(x / 2)' },
  { type: 'output', content: '2.0' },
  { type: 'text', content: 'So $f(4) = \\boxed{2}$.' },
];

const cases = PROMPT_FAMILIES.flatMap((family) => METHODS.map((method) => [family, method] as const));

/** Replaces the generation tags by sentinels so the span they cover shows in the output. */
function withVisibleGeneration(template: string): string {
  return template.replace('{%- generation -%}', "{{- '\u0001' -}}").replace('{%- endgeneration -%}', "{{- '\u0002' -}}");
}

describe('chatTemplateFor', () => {
  describe('should render the prompt turns as the exact prompt the playground builds', () => {
    test.each(cases)('for the %s family and the %s method', (family, method) => {
      const vars = templateKwargs(family, method) ?? {};
      const text = render(chatTemplateFor(family), promptMessages(QUESTION, family, method), { add_generation_prompt: true, ...vars });
      expect(text).toBe(buildPrompt(QUESTION, family, method).prompt);
    });
  });

  describe('should render a whole transcript as prompt, assistant text, ```output blocks and the end-of-turn token', () => {
    test.each(cases)('for the %s family and the %s method', (family, method) => {
      const vars = templateKwargs(family, method) ?? {};
      const messages = [...promptMessages(QUESTION, family, method), ...completionMessages(BLOCKS)];
      const text = render(chatTemplateFor(family), messages, { eos_token: '</s>', ...vars });
      expect(text).toBe(buildPrompt(QUESTION, family, method).prompt + renderBlocks(BLOCKS) + endOfTurnText(family, '</s>'));
    });
  });

  describe('should reproduce what the model read and wrote in real solves', () => {
    const texts = fixtureTexts();
    test.each(fixtureSamples().map((s) => [s.id, s] as const))('for %s', (_id, sample) => {
      const { family, method, prompt, completion } = conversationOf(sample);
      const template = chatTemplateFor(family);
      const vars = templateKwargs(family, method) ?? {};
      const seen = texts.get(sample.id)!;
      expect(render(template, [...prompt, ...completion], vars)).toBe(seen.text);
      // Round k's prompt is the conversation up to its k-th tool turn, left open for the model.
      const cuts = completion.flatMap((m, i) => (m.role === 'tool' ? [i + 1] : []));
      const rendered = [render(template, prompt, { add_generation_prompt: true, ...vars }), ...cuts.map((n) => render(template, [...prompt, ...completion.slice(0, n)], { add_generation_prompt: true, ...vars }))];
      expect(rendered.slice(0, seen.prompts.length)).toEqual(seen.prompts);
    });
  });

  describe('should put only what the model wrote inside {% generation %}', () => {
    test.each(PROMPT_FAMILIES.map((f) => [f]))('for the %s family', (family) => {
      const messages: Message[] = [...promptMessages(QUESTION, family, 'lce'), ...completionMessages(BLOCKS)];
      const text = render(withVisibleGeneration(chatTemplateFor(family)), messages, { eos_token: '</s>' });
      const spans = [...text.matchAll(/\u0001([^\u0002]*)\u0002/g)].map((m) => m[1]);
      const eot = endOfTurnText(family, '</s>');
      expect(spans).toEqual([
        "Let's write a program.\n```python\nprint(4/2)\n```\n```output",
        '```python\nx = 4\nprint(x / 2)\n```\n```output',
        `So $f(4) = \\boxed{2}$.\n${eot}`,
      ]);
      // Outside the spans: the prompt, then the execution output and the fence that closes it.
      expect(text.replace(/\u0001[^\u0002]*\u0002/g, '|')).toBe(`${buildPrompt(QUESTION, family, 'lce').prompt}|\nZeroDivisionError: division by zero\n\`\`\`\n|\n2.0\n\`\`\`\n|`);
    });
  });
});

describe('chatTemplateFor on a multi-turn chat', () => {
  describe('should close an assistant turn that a user turn follows, inside the trained span', () => {
    test.each([
      ['qwen2.5-math', '<|im_start|>user\nq<|im_end|>\n<|im_start|>assistant\n\u0001a<|im_end|>\u0002\n<|im_start|>user\nb<|im_end|>\n<|im_start|>assistant\n'],
      ['llama3', '<|start_header_id|>user<|end_header_id|>\n\nq<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n\u0001a<|eot_id|>\u0002<|start_header_id|>user<|end_header_id|>\n\nb<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n'],
    ] as const)('for the %s family', (family, expected) => {
      const messages: Message[] = [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a' }, { role: 'user', content: 'b' }];
      expect(render(withVisibleGeneration(chatTemplateFor(family)), messages, { add_generation_prompt: true })).toBe(expected);
    });
  });
});
