/**
 * The optional LLM judge (SIaM's critic prompt: question, reference, result → YES/NO), used only
 * when rules and the symbolic stage are undecided. It runs on whatever LlmEngine is loaded.
 */
import type { LlmEngine } from '../ports/llm-engine';
import { endOfTurnFor, familyOf, isPromptFamily, judgePromptFor, type PromptFamily } from '../prompt';

/** Port used by `judge`: true = YES, false = NO, null = the model's reply was not a clear verdict. */
export interface LlmJudge {
  decide(input: { question?: string; reference: string; result: string; signal?: AbortSignal }): Promise<boolean | null>;
}

/** The critic prompt as the user turn. Our wording of SIaM's question → reference → result format. */
export function criticPrompt(question: string | undefined, reference: string, result: string): string {
  return [
    'You are checking a solution to a math problem.',
    question ? `Question: ${question}` : null,
    `Reference answer: ${reference}`,
    `Result to check: ${result}`,
    'Is the result equivalent to the reference answer (same value, possibly written differently)? Reply with YES or NO only.',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** Reads YES/NO from the first words of a reply. */
export function readYesNo(reply: string): boolean | null {
  const m = /\b(yes|no)\b/i.exec(reply.replace(/<[^>]*>/g, ' ').slice(0, 200));
  if (!m) return null;
  return m[1]!.toLowerCase() === 'yes';
}

/** The judge's system prompt, in the families whose template takes one. */
const JUDGE_ROLE = 'You are a careful math grader.';

/** The judge's user turn in a prompt family's chat template (built from the family's entry, like the solver's prompts). */
export function judgeTurn(family: PromptFamily, user: string): string {
  return judgePromptFor(family, user, JUDGE_ROLE);
}

/**
 * An LlmJudge for whatever engine is loaded. It asks in the chat template of the engine's prompt
 * family (decided as the solver decides it); `format` and `stop` replace that template and its end-of-turn stops.
 */
export function createLlmJudge(engine: LlmEngine, options: { format?: (user: string) => string; stop?: string[]; maxTokens?: number } = {}): LlmJudge {
  const family = isPromptFamily(engine.info.family) ? engine.info.family : familyOf(engine.info.model);
  const format = options.format ?? ((user: string) => judgeTurn(family, user));
  const stop = [...(options.stop ?? endOfTurnFor(family)), '\n'];
  return {
    async decide({ question, reference, result, signal }) {
      let reply = '';
      for await (const ev of engine.generate({
        prompt: format(criticPrompt(question, reference, result)),
        stop,
        maxTokens: options.maxTokens ?? 8,
        temperature: 0,
        ...(signal ? { signal } : {}),
      })) {
        if (ev.type === 'token') reply += ev.text;
      }
      return readYesNo(reply);
    },
  };
}
