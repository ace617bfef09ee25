/** Registry entry of the replay engine (src/engine/registry.ts): recorded solutions, always labelled as such. */
import type { EngineEntry, SettingsBase } from '../entry';
import { loadRecordings, recordingsOverHttp } from './load';
import { createReplayEngine } from './replay-engine';

export interface ReplaySettings extends SettingsBase<'replay'> {
  /** One recording by id; all of them when absent. */
  recording?: string;
}

export const replayEntry: EngineEntry<ReplaySettings> = {
  kind: 'replay',
  name: 'Recorded demo',
  label: 'Recorded demo (replay — not a live model)',
  runsIn: ['browser', 'node'],
  fields: [{ param: 'recording', flag: 'recording', flagValue: 'ID', label: 'Recording', help: 'one recorded solution by its id, e.g. tora-gsm8k-0 (default: all of public/replay)' }],
  initial: { kind: 'replay' },
  async create(settings, context) {
    const load = context.loadRecordings ?? ((id?: string) => loadRecordings(recordingsOverHttp(context.replayBaseUrl ?? 'replay/', context.fetch), id));
    return createReplayEngine(await load(settings.recording), { tokensPerSecond: context.replayTokensPerSecond });
  },
};
