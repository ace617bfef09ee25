/**
 * TRL's conversational formats: SFT `messages`, DPO / ORPO `prompt` / `chosen` / `rejected` with
 * an explicit prompt, KTO `prompt` / `completion` / `label`. Execution output travels as `tool`
 * turns; the shipped chat template renders them as the ```output blocks the model read.
 */
import type { Sample } from '../sample';
import type { ExportFormat } from './types';
import { kwargsColumn, traceOf, trlParts } from './shared';

const TOOL_NOTE =
  'Execution output is in `tool` turns, outside `{% generation %}`: SFT with `assistant_only_loss=True` gives it no loss.';

export const sft: ExportFormat = {
  id: 'sft',
  label: 'TRL SFT (conversational)',
  description: 'One `messages` row per critic-accepted sample, for TRL SFTTrainer.',
  planner: 'accepted',
  usesTemplate: true,
  idsSidecar: false,
  lossNote: `${TOOL_NOTE} Prompt turns carry no loss either.`,
  render(record, get) {
    if (record.kind !== 'single') throw new Error('sft renders single samples');
    const s = get(record.sample);
    const { prompt, completion, kwargs } = trlParts(s);
    return {
      messages: [...prompt, ...completion],
      ...kwargsColumn(kwargs),
      ...traceColumns(record.sample.promptId, s),
    };
  },
  trace: traceOf,
};

function preference(id: 'dpo' | 'orpo', label: string): ExportFormat {
  return {
    id,
    label,
    description: `Pairs with the same prompt: chosen verified correct, rejected verified wrong (explicit prompt), for TRL ${id === 'dpo' ? 'DPOTrainer' : 'ORPOTrainer'}.`,
    planner: 'pairs',
    usesTemplate: true,
    idsSidecar: false,
    lossNote:
      'TRL gives every token of `chosen` / `rejected` loss, execution output included; training/train.py masks the tool turns (see training/README.md).',
    render(record, get) {
      if (record.kind !== 'pair') throw new Error(`${id} renders pairs`);
      const chosen = get(record.chosen);
      const rejected = get(record.rejected);
      const c = trlParts(chosen);
      return {
        prompt: c.prompt,
        chosen: c.completion,
        rejected: trlParts(rejected).completion,
        ...kwargsColumn(c.kwargs),
        prompt_id: record.chosen.promptId,
        chosen_id: chosen.id,
        rejected_id: rejected.id,
        problem_id: chosen.problem.id,
        method: chosen.method,
        chosen_model: chosen.engine.model,
        rejected_model: rejected.engine.model,
      };
    },
    trace: traceOf,
  };
}

export const dpo = preference('dpo', 'TRL DPO (conversational, explicit prompt)');
export const orpo = preference('orpo', 'TRL ORPO (conversational, explicit prompt)');

export const kto: ExportFormat = {
  id: 'kto',
  label: 'TRL KTO (unpaired)',
  description: 'One `prompt` / `completion` / `label` row per judged sample (label = the critic said correct).',
  planner: 'labelled',
  usesTemplate: true,
  idsSidecar: false,
  lossNote: 'TRL KTO gives every completion token loss, execution output included.',
  render(record, get) {
    if (record.kind !== 'single') throw new Error('kto renders single samples');
    const s = get(record.sample);
    const { prompt, completion, kwargs } = trlParts(s);
    return {
      prompt,
      completion,
      label: s.verdict?.equal === true,
      ...kwargsColumn(kwargs),
      ...traceColumns(record.sample.promptId, s),
    };
  },
  trace: traceOf,
};

/** The columns that trace a row of one sample back to its prompt, sample, problem, method and model. */
function traceColumns(promptId: string, s: Sample) {
  return { prompt_id: promptId, sample_id: s.id, problem_id: s.problem.id, method: s.method, model: s.engine.model };
}
