/**
 * What the dataset card says about the samples behind an export, gathered during the first pass
 * from every sample that passed the filters (so "accuracy" is the collection's, not the export's).
 */
import type { Method } from '../transcript';
import type { Sample } from './sample';

/** Counts keyed by a readable value (a model, a temperature, a licence…). */
export type Tally = Record<string, number>;

export interface SampleStats {
  samples: number;
  perMethod: Partial<Record<Method, { samples: number; correct: number; wrong: number; undecided: number }>>;
  models: Tally;
  engines: Tally;
  critic: Tally;
  temperature: Tally;
  topP: Tally;
  caps: Tally;
  sources: Tally;
  software: Tally;
  runs: Tally;
  /** Samples that continue an edited transcript (their earlier turns were not all model-written). */
  branched: number;
  withLogprob: number;
  firstCreated: string | null;
  lastCreated: string | null;
}

export function emptyStats(): SampleStats {
  return {
    samples: 0,
    perMethod: {},
    models: {},
    engines: {},
    critic: {},
    temperature: {},
    topP: {},
    caps: {},
    sources: {},
    software: {},
    runs: {},
    branched: 0,
    withLogprob: 0,
    firstCreated: null,
    lastCreated: null,
  };
}

function count(t: Tally, key: string): void {
  t[key] = (t[key] ?? 0) + 1;
}

/** Adds one sample to the stats. */
export function addToStats(stats: SampleStats, s: Sample): void {
  stats.samples++;
  const m = (stats.perMethod[s.method] ??= { samples: 0, correct: 0, wrong: 0, undecided: 0 });
  m.samples++;
  const v = s.verdict?.equal;
  if (v === true) m.correct++;
  else if (v === false) m.wrong++;
  else m.undecided++;
  count(stats.models, [s.engine.model, s.engine.quantization].filter(Boolean).join(' · '));
  count(stats.engines, s.engine.isRecording ? `${s.engine.kind} (recording)` : s.engine.kind);
  count(stats.critic, s.software?.critic ?? (s.verdict ? 'not recorded' : 'not judged'));
  count(stats.temperature, s.sampling?.temperature === undefined ? 'engine default' : String(s.sampling.temperature));
  count(stats.topP, s.sampling?.topP === undefined ? 'engine default' : String(s.sampling.topP));
  const c = s.caps as Partial<Sample['caps']> | undefined;
  count(stats.caps, c ? `${c.maxRounds} rounds, ${c.maxTokensPerRound} tokens/round, ${c.cellTimeoutMs} ms/cell, ${c.maxOutputChars} output chars` : 'not recorded');
  count(stats.sources, s.problem.source ?? 'unnamed');
  for (const [name, version] of Object.entries(s.software ?? {})) if (name !== 'critic') count(stats.software, `${name} ${version}`);
  if (s.runId) count(stats.runs, s.runId);
  if (s.parentId) stats.branched++;
  if (s.logprob !== undefined) stats.withLogprob++;
  if (stats.firstCreated === null || s.createdAt < stats.firstCreated) stats.firstCreated = s.createdAt;
  if (stats.lastCreated === null || s.createdAt > stats.lastCreated) stats.lastCreated = s.createdAt;
}
