/**
 * LLaMA-Factory's sharegpt format (data/README.md there): `conversations` of `{from, value}` with
 * `human` / `gpt` / `observation` (`function_call` is for JSON tool calls, which LCE does not make:
 * the code is part of the model's text). Its ordering rule — human or observation at odd
 * positions, gpt or function_call at even ones, a gpt turn last — holds because completions
 * alternate text and output; a transcript that ends on an output (the `code` method: the program's
 * output is the answer) drops that last observation, which LLaMA-Factory would never train on.
 * Preference rows are `ranking: true` with single `chosen` / `rejected` gpt objects, so the whole
 * completion, outputs inline as ```output blocks, is one value. Trained with LLaMA-Factory's own
 * template for the model, not the playground's prompt text.
 */
import { completionMessages, completionText, conversationOf } from '../conversation';
import type { Sample } from '../sample';
import { traceOf } from './shared';
import type { ExportFormat } from './types';

interface Turn {
  from: 'human' | 'gpt' | 'observation';
  value: string;
}

function systemAndQuestion(sample: Sample): { system: string; human: Turn } {
  const { prompt } = conversationOf(sample);
  const system = prompt.find((m) => m.role === 'system')?.content ?? '';
  const user = prompt.find((m) => m.role === 'user')?.content ?? '';
  return { system, human: { from: 'human', value: user } };
}

const ids = (sample: Sample, promptId: string) => ({ sample_id: sample.id, prompt_id: promptId });

const TAGS = { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt', observation_tag: 'observation', function_tag: 'function_call' };

function datasetInfo(extra: Record<string, unknown>, columns: Record<string, string>) {
  return (files: { stem: string; train: string; eval?: string }) => {
    const stem = files.stem;
    const entry = (file: string) => ({ file_name: file, formatting: 'sharegpt', ...extra, columns: { messages: 'conversations', system: 'system', ...columns }, tags: TAGS });
    const info: Record<string, unknown> = { [stem]: entry(files.train) };
    if (files.eval) info[`${stem}_eval`] = entry(files.eval);
    return [{ name: 'dataset_info.json', content: `${JSON.stringify(info, null, 2)}\n` }];
  };
}

export const llamafactory: ExportFormat = {
  id: 'llamafactory',
  label: 'LLaMA-Factory sharegpt (SFT)',
  description: 'sharegpt `conversations` (human / gpt / observation) per critic-accepted sample, with dataset_info.json.',
  planner: 'accepted',
  usesTemplate: false,
  idsSidecar: false,
  lossNote: 'LLaMA-Factory trains on gpt turns only: observation turns (execution output) carry no loss.',
  render(record, get) {
    if (record.kind !== 'single') throw new Error('llamafactory renders single samples');
    const s = get(record.sample);
    const { system, human } = systemAndQuestion(s);
    const turns: Turn[] = [human];
    for (const m of completionMessages(s.blocks)) turns.push({ from: m.role === 'tool' ? 'observation' : 'gpt', value: m.content });
    while (turns.length > 1 && turns.at(-1)!.from === 'observation') turns.pop();
    return { conversations: turns, system, ...ids(s, record.sample.promptId) };
  },
  trace: traceOf,
  companions: datasetInfo({}, {}),
};

export const llamafactoryPreference: ExportFormat = {
  id: 'llamafactory-preference',
  label: 'LLaMA-Factory sharegpt (DPO / ORPO, ranking)',
  description: 'sharegpt pairs with `ranking: true`: one human turn, single chosen / rejected gpt objects.',
  planner: 'pairs',
  usesTemplate: false,
  idsSidecar: false,
  lossNote: 'chosen / rejected are single gpt values, so execution output inside them carries loss.',
  render(record, get) {
    if (record.kind !== 'pair') throw new Error('llamafactory-preference renders pairs');
    const chosen = get(record.chosen);
    const rejected = get(record.rejected);
    const { system, human } = systemAndQuestion(chosen);
    return {
      conversations: [human],
      chosen: { from: 'gpt', value: completionText(chosen.blocks) },
      rejected: { from: 'gpt', value: completionText(rejected.blocks) },
      system,
      prompt_id: record.chosen.promptId,
      chosen_id: chosen.id,
      rejected_id: rejected.id,
    };
  },
  trace: traceOf,
  companions: datasetInfo({ ranking: true }, { chosen: 'chosen', rejected: 'rejected' }),
};

export const llamafactoryKto: ExportFormat = {
  id: 'llamafactory-kto',
  label: 'LLaMA-Factory sharegpt (KTO)',
  description: 'sharegpt rows (human, gpt) with a boolean `kto_tag` from the critic.',
  planner: 'labelled',
  usesTemplate: false,
  idsSidecar: false,
  lossNote: 'The gpt value holds the whole completion, so execution output inside it carries loss.',
  render(record, get) {
    if (record.kind !== 'single') throw new Error('llamafactory-kto renders single samples');
    const s = get(record.sample);
    const { system, human } = systemAndQuestion(s);
    return { conversations: [human, { from: 'gpt', value: completionText(s.blocks) }], kto_tag: s.verdict?.equal === true, system, ...ids(s, record.sample.promptId) };
  },
  trace: traceOf,
  companions: datasetInfo({}, { kto_tag: 'kto_tag' }),
};
