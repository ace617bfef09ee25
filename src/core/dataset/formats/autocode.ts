/**
 * AutoCode4Math E-step records, one per problem: Monte-Carlo estimates, prior, reference strategy,
 * sampled decision, and synthesized responses under the `auto` prompt — each with its reward and
 * the behaviour policy's log-probability when the engine recorded it (the M-step's importance
 * ratio needs it).
 */
import { templateKwargs } from '../chat-templates';
import { completionMessages, promptMessages, sampleFamily, type Message } from '../conversation';
import type { Methodology } from '../plan-autocode';
import type { Sample } from '../sample';
import { traceOf } from './shared';
import type { ExportFormat } from './types';

/** The verbal cues of the `auto` prompt (src/core/prompt/instructions.ts), one per methodology. */
const CUE: Record<Methodology, string> = { cot: "Let's reason step by step.", code: "Let's write a program." };

/** The reflective hint placed between a failed attempt and the successful one with the other method. */
export const REFLECTIVE_HINT: Record<Methodology, string> = {
  code: 'The reasoning above may contain a mistake, and a program can check it.',
  cot: 'The program above may not answer the question as asked; reasoning it through can.',
};

/** A rollout's turns under the `auto` prompt: opened by its methodology's cue unless it chose that cue itself. */
function followingCue(sample: Sample, m: Methodology): { turns: Message[]; prefix: string } {
  const turns = completionMessages(sample.blocks);
  if (sample.method === 'auto' && sample.strategy?.chosen === m) return { turns, prefix: '' };
  const prefix = `${CUE[m]}\n`;
  if (turns[0]?.role === 'assistant') turns[0] = { role: 'assistant', content: prefix + turns[0].content };
  else turns.unshift({ role: 'assistant', content: prefix });
  return { turns, prefix };
}

/** Concatenates turn lists, joining an assistant turn to the assistant turn before it. */
function join(...parts: Message[][]): Message[] {
  const out: Message[] = [];
  for (const m of parts.flat()) {
    const last = out.at(-1);
    if (last && last.role === 'assistant' && m.role === 'assistant') out[out.length - 1] = { role: 'assistant', content: last.content + m.content };
    else out.push({ ...m });
  }
  return out;
}

export const autocode: ExportFormat = {
  id: 'autocode',
  label: 'AutoCode4Math E-step',
  description: 'One row per problem: Q(x, cot) and Q(x, code) with counts, prior, π*(m|x) for α, a sampled decision, and self-exploratory / self-reflective responses.',
  planner: 'autocode',
  usesTemplate: true,
  idsSidecar: false,
  lossNote: 'Responses are `auto`-prompt conversations; execution output is in `tool` turns. Rewards are 1 for a verified-correct final answer.',
  render(record, get) {
    if (record.kind !== 'problem') throw new Error('autocode renders problems');
    const p = record.problem;
    const first = get(p.uses[0]!);
    const family = sampleFamily(first);
    const kwargs = templateKwargs(family, 'auto');
    const responses: Record<string, unknown>[] = [];
    if (p.exploratory && p.decision) {
      const s = get(p.exploratory);
      const { turns, prefix } = followingCue(s, p.decision);
      responses.push({
        kind: 'self-exploratory',
        methodology: p.decision,
        completion: turns,
        reward: 1,
        behaviour_logprob: s.logprob ?? null,
        synthesized_prefix: prefix,
        sample_ids: [s.id],
      });
    }
    if (p.reflective && p.decision) {
      const other: Methodology = p.decision === 'cot' ? 'code' : 'cot';
      const failed = get(p.reflective.failed);
      const succeeded = get(p.reflective.succeeded);
      const hint: Message = { role: 'assistant', content: `${REFLECTIVE_HINT[p.decision]}\n` };
      responses.push({
        kind: 'self-reflective',
        methodology: `${other}->${p.decision}`,
        completion: join(followingCue(failed, other).turns, [hint], followingCue(succeeded, p.decision).turns),
        reward: 1,
        // The hint was not sampled from the behaviour policy, so the whole has no behaviour log-probability.
        behaviour_logprob: null,
        parts: [
          { sample_id: failed.id, methodology: other, reward: 0, behaviour_logprob: failed.logprob ?? null },
          { sample_id: succeeded.id, methodology: p.decision, reward: 1, behaviour_logprob: succeeded.logprob ?? null },
        ],
        sample_ids: [failed.id, succeeded.id],
      });
    }
    return {
      problem_key: p.problemKey,
      problem_id: first.problem.id,
      question: first.problem.question,
      reference_answer: first.problem.reference ?? null,
      family,
      prompt: promptMessages(first.problem.question, family, 'auto'),
      ...(kwargs ? { chat_template_kwargs: kwargs } : {}),
      estimates: p.estimates,
      prior: p.prior,
      alpha: p.alpha,
      reference_strategy: p.reference,
      decision: p.decision,
      decision_draw: p.draw,
      responses,
      rollout_ids: p.rollouts.map((s) => s.id),
    };
  },
  trace: traceOf,
};
