/**
 * One family, three forms: the loop's raw prompts, the export's Jinja template and the LLM judge's
 * one-turn prompt are all built from a family's entry. This walks every family and checks the three
 * agree with each other, so a new family whose pieces do not fit together fails here, whatever its
 * own pinned strings say. The loop is the real `solve()` with real Python cells; only the model is
 * a test double (ScriptedLlm), and the template is rendered by @huggingface/jinja.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { judgeTurn } from '../../../src/core/critic';
import { chatTemplateFor, endOfTurnText, templateKwargs } from '../../../src/core/dataset/chat-templates';
import { completionMessages, promptMessages, turnMessages } from '../../../src/core/dataset/conversation';
import { solve } from '../../../src/core/lce';
import {
  buildPrompt,
  chatLayoutFor,
  endOfTurnFor,
  judgeDeparturesFor,
  judgeTurnsFor,
  PROMPT_FAMILIES,
  renderTurns,
  type PromptFamily,
} from '../../../src/core/prompt';
import { METHODS, type Method } from '../../../src/core/transcript';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { render } from '../dataset/support/fixtures';
import { ScriptedLlm } from '../lce/scripted-llm';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

// Quotes, backslashes, Jinja syntax, LaTeX `$$` and non-ASCII: what would break a careless template.
const QUESTION = "Let $$f(x) = \\frac{x}{2}$$. What's {{ f(84) }}? {% raw %} \"quoted\" — ½";
const JUDGE_QUESTION = 'Reference answer: $$\\frac12$$\nResult to check: 0.5';
const EOS = '</s>';

/** Real solve() on a scripted model: two rounds that run code, then a final answer closed with the family's end of turn. */
async function solveWith(family: PromptFamily, method: Method) {
  const end = endOfTurnFor(family)[0]!;
  const replies = [
    "Let's write a program.\n```python\nx = 84 / 2\nprint(x)\n```\n```output",
    'Check it once more.\n```python\nprint(int(x))\n```\n```output',
    `So $f(84) = \\boxed{42}$.${end}`,
  ];
  const engine = new ScriptedLlm((_prompt, call) => replies[call] ?? '');
  let done;
  for await (const event of solve({ id: 'p', question: QUESTION }, { engine, runner, method, family })) if (event.type === 'done') done = event.result;
  if (!done) throw new Error('solve() ended without a done event');
  return { prompts: engine.prompts, blocks: done.blocks, final: replies[2]!.slice(0, -end.length) };
}

// The methods whose loop goes on after a cell ran (PoT stops at its one program, CoT runs none).
const multiRound: Method[] = ['lce', 'auto'];
const familyAndCodeMethod = PROMPT_FAMILIES.flatMap((family) => multiRound.map((method) => [family, method] as const));

describe('every prompt family', () => {
  describe("should render in the export's template exactly what the loop sent the model, round by round", () => {
    test.each(familyAndCodeMethod)('for the %s family and the %s method', async (family, method) => {
      const { prompts, blocks, final } = await solveWith(family, method);
      expect(prompts).toHaveLength(3);
      const template = chatTemplateFor(family);
      const vars = templateKwargs(family, method) ?? {};
      const prompt = promptMessages(QUESTION, family, method);
      const completion = completionMessages(blocks);
      // Round k's prompt is the conversation up to its k-th tool turn, left open for the model.
      const cuts = [0, ...completion.flatMap((m, i) => (m.role === 'tool' ? [i + 1] : []))];
      const rendered = cuts.map((n) => render(template, [...prompt, ...completion.slice(0, n)], { add_generation_prompt: true, ...vars }));
      expect(rendered).toEqual(prompts);
      // The whole sample: the last prompt, the model's last words (a text block ends its line, as
      // renderBlocks writes every block back) and the end of turn the loop stopped on.
      expect(render(template, [...prompt, ...completion], { eos_token: EOS, ...vars })).toBe(`${prompts[2]}${final}\n${endOfTurnText(family, EOS)}`);
    });
  });

  describe('should end an exported assistant turn with the end of turn the loop stops on', () => {
    test.each(PROMPT_FAMILIES.map((f) => [f]))('for the %s family', (family) => {
      const written = chatLayoutFor(family).endOfTurn;
      // A family without one of its own ends with the tokenizer's eos token, which a server stops on by itself.
      if (written === null) expect(endOfTurnText(family, EOS)).toBe(EOS);
      else expect(endOfTurnFor(family)[0]).toBe(written);
    });
  });

  describe("should write the judge's prompt in the same template as the solver's", () => {
    test.each(PROMPT_FAMILIES.map((f) => [f]))('for the %s family', (family) => {
      const { afterOpen = '', frame } = judgeDeparturesFor(family);
      const turns = judgeTurnsFor(family, JUDGE_QUESTION, 'You are a careful math grader.');
      const judge = judgeTurn(family, JUDGE_QUESTION);
      if (frame) {
        // The documented exception: a plain question frame instead of the layout's turns (a base model's "…\nAnswer:").
        expect(judge).toBe(renderTurns({ ...chatLayoutFor(family), ...frame }, turns) + afterOpen);
      } else {
        // Exactly the export's template on the judge's turns, opened for the model, then at most an empty thought.
        expect(judge).toBe(render(chatTemplateFor(family), turnMessages(turns), { add_generation_prompt: true }) + afterOpen);
        // …which opens the assistant turn exactly as the solver's prompt does.
        expect(judge.slice(0, judge.length - afterOpen.length).endsWith(chatLayoutFor(family).assistant)).toBe(true);
      }
      expect(judge).toContain(JUDGE_QUESTION);
    });
  });

  describe('should leave no thought open in the judge prompt, so a YES or NO comes first', () => {
    test.each(PROMPT_FAMILIES.map((f) => [f]))('for the %s family', (family) => {
      const judge = judgeTurn(family, JUDGE_QUESTION);
      expect(judge.split('<think>').length).toBe(judge.split('</think>').length);
      expect(judge.endsWith(judgeDeparturesFor(family).afterOpen ?? '')).toBe(true);
    });
  });

  describe("should keep LaTeX `$` out of every piece the family writes (web-llm's String.replace would mangle it)", () => {
    test.each(PROMPT_FAMILIES.flatMap((family) => METHODS.map((method) => [family, method] as const)))('for the %s family and the %s method', (family, method) => {
      expect(buildPrompt('Q', family, method).prompt).not.toContain('$');
      expect(judgeTurn(family, 'Q')).not.toContain('$');
    });
  });
});
