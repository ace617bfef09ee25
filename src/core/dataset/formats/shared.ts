/** Row pieces several formats share. */
import { templateKwargs } from '../chat-templates';
import { conversationOf, type Message } from '../conversation';
import type { PlannedRecord } from '../plan';
import { summariesOf } from '../plan';
import type { Sample } from '../sample';

/** Prompt turns, completion turns and the template variables of one sample. */
export function trlParts(sample: Sample): { prompt: Message[]; completion: Message[]; kwargs?: Record<string, string> } {
  const c = conversationOf(sample);
  const kwargs = templateKwargs(c.family, c.method);
  return { prompt: c.prompt, completion: c.completion, ...(kwargs ? { kwargs } : {}) };
}

/** `{chat_template_kwargs}` when the family's template needs variables, else nothing. */
export function kwargsColumn(kwargs: Record<string, string> | undefined): Record<string, unknown> {
  return kwargs ? { chat_template_kwargs: kwargs } : {};
}

/** The default trace: every sample of the record, and its prompt id. */
export function traceOf(record: PlannedRecord): { sample_ids: string[]; prompt_id?: string; problem_key?: string } {
  if (record.kind === 'problem') return { sample_ids: record.problem.rollouts.map((s) => s.id), problem_key: record.problem.problemKey };
  const [first] = summariesOf(record);
  return { sample_ids: summariesOf(record).map((s) => s.id), prompt_id: first!.promptId };
}
