/**
 * OpenAI fine-tuning files. SFT: chat `messages` where each executed cell is a `python` tool call
 * and its output a `tool` message answering it — OpenAI trains on assistant messages only, so
 * execution output carries no loss. Preference (DPO): `input.messages` plus one-message
 * `preferred_output` / `non_preferred_output`; OpenAI's DPO takes text outputs only, so the
 * completion is one assistant message with its ```output blocks inline. Rows carry no extra keys;
 * the sample ids go to the `.ids.jsonl` sidecar, line for line.
 */
import { renderBlocks } from '../../prompt';
import type { Block } from '../../transcript';
import { completionText, conversationOf } from '../conversation';
import { traceOf } from './shared';
import type { ExportFormat } from './types';

/** The one tool the SFT rows declare. */
export const PYTHON_TOOL = {
  type: 'function',
  function: {
    name: 'python',
    description: 'Runs Python code in a session that persists across calls and returns what it printed (or the error).',
    parameters: { type: 'object', properties: { code: { type: 'string', description: 'The Python code to run.' } }, required: ['code'] },
  },
};

type ChatMessage = Record<string, unknown>;

/** Assistant and tool messages of a transcript, each executed cell as a tool call. */
export function toolCallMessages(blocks: readonly Block[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  let segment: Block[] = [];
  let carried = '';
  let calls = 0;
  for (const block of blocks) {
    if (block.type === 'text' || block.type === 'code') {
      segment.push(block);
      continue;
    }
    const at = segment.findLastIndex((b) => b.type === 'code');
    if (at < 0) {
      // An output with no cell before it (a hand-edited record): keep it inline, as the model read it.
      carried += renderBlocks([...segment, block]);
    } else {
      const id = `call_${++calls}`;
      // Text between the cell and its output (a hand-edited record) goes with the call's text rather than being lost.
      const text = carried + renderBlocks([...segment.slice(0, at), ...segment.slice(at + 1)]);
      out.push({ role: 'assistant', content: text === '' ? null : text, tool_calls: [{ id, type: 'function', function: { name: 'python', arguments: JSON.stringify({ code: segment[at]!.content }) } }] });
      out.push({ role: 'tool', tool_call_id: id, content: block.content });
      carried = '';
    }
    segment = [];
  }
  const rest = carried + renderBlocks(segment);
  if (rest !== '') out.push({ role: 'assistant', content: rest });
  return out;
}

export const openai: ExportFormat = {
  id: 'openai',
  label: 'OpenAI fine-tuning (chat SFT)',
  description: 'Chat `messages` per critic-accepted sample, each executed cell a `python` tool call answered by a `tool` message.',
  planner: 'accepted',
  usesTemplate: false,
  idsSidecar: true,
  lossNote: 'OpenAI trains on assistant messages: tool messages (execution output) carry no loss.',
  render(record, get) {
    if (record.kind !== 'single') throw new Error('openai renders single samples');
    const s = get(record.sample);
    return { messages: [...conversationOf(s).prompt, ...toolCallMessages(s.blocks)], tools: [PYTHON_TOOL] };
  },
  trace: traceOf,
};

export const openaiPreference: ExportFormat = {
  id: 'openai-preference',
  label: 'OpenAI fine-tuning (preference / DPO)',
  description: '`input.messages` with one-message `preferred_output` / `non_preferred_output` per pair.',
  planner: 'pairs',
  usesTemplate: false,
  idsSidecar: true,
  lossNote: 'Outputs are single assistant messages with ```output blocks inline: execution output carries loss.',
  render(record, get) {
    if (record.kind !== 'pair') throw new Error('openai-preference renders pairs');
    const chosen = get(record.chosen);
    const rejected = get(record.rejected);
    return {
      input: { messages: conversationOf(chosen).prompt },
      preferred_output: [{ role: 'assistant', content: completionText(chosen.blocks) }],
      non_preferred_output: [{ role: 'assistant', content: completionText(rejected.blocks) }],
    };
  },
  trace: traceOf,
};
