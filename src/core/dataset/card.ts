/**
 * The dataset card (README.md) that travels with every export: Hugging Face front matter naming
 * the split files, then what is in it (rows per split and method), what it was made from (samples,
 * accuracy, models, critic, generation settings, problem sets and their licences), how it was
 * built (filters, pairing, seed) and what carries loss.
 */
import type { PlannedExport } from './export';
import { licenceOf } from './licences';
import type { PlannedRecord } from './plan';
import type { Tally } from './stats';

/** The file names a card describes. */
export interface CardFiles {
  train: string;
  eval?: string;
  template?: string;
  companions: string[];
  idsSidecars: string[];
}

const methodOf = (r: PlannedRecord) => (r.kind === 'single' ? r.sample.method : r.kind === 'pair' ? r.chosen.method : 'auto');

function table(head: string[], rows: (string | number)[][]): string {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

function tallyRows(t: Tally): [string, number][] {
  return Object.entries(t).sort((a, b) => b[1] - a[1]);
}

const pct = (x: number, n: number) => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)} %`);

/** Builds the card. `now` is injected so tests can pin it. */
export function datasetCard(planned: PlannedExport, files: CardFiles, now: Date): string {
  const { format, stats, report, options } = planned;
  const out: string[] = [];
  const dataFiles = [`  - split: train\n    path: ${files.train}`];
  if (files.eval) dataFiles.push(`  - split: validation\n    path: ${files.eval}`);
  out.push('---', 'configs:', '- config_name: default', '  data_files:', ...dataFiles, 'tags:', '- math', '- tool-integrated-reasoning', '- lce-playground', '---', '');
  out.push(`# ${format.label} — exported from LCE Playground`, '');
  out.push(`${format.description} Made on ${now.toISOString().slice(0, 10)} from ${stats.samples} samples that passed the filters` +
    (stats.firstCreated ? ` (collected ${stats.firstCreated.slice(0, 10)} to ${stats.lastCreated!.slice(0, 10)}).` : '.'), '');

  const perSplit = new Map<string, { train: number; eval: number }>();
  for (const r of planned.records) {
    const c = perSplit.get(methodOf(r)) ?? { train: 0, eval: 0 };
    c[r.split]++;
    perSplit.set(methodOf(r), c);
  }
  out.push('## Rows per split and method', '');
  out.push(table(['method', 'train', 'validation'], [...perSplit].map(([m, c]) => [m, c.train, c.eval]).concat([['**total**', report.records.train, report.records.eval]])), '');
  out.push('## Files', '');
  const fileRows: string[][] = [[files.train, 'train split']];
  if (files.eval) fileRows.push([files.eval, `validation split (${(options.evalFraction * 100).toFixed(1)} % of problems, chosen by problem hash)`]);
  if (files.template) fileRows.push([files.template, `the chat template of the ${planned.families[0] ?? ''} prompt family`]);
  for (const f of files.idsSidecars) fileRows.push([f, 'sample ids of each row, line for line']);
  for (const f of files.companions) fileRows.push([f, 'LLaMA-Factory dataset registration']);
  out.push(table(['file', 'what'], fileRows), '');

  out.push('## Samples behind it', '');
  out.push(table(['method', 'samples', 'correct', 'wrong', 'undecided', 'accuracy (of judged)'],
    Object.entries(stats.perMethod).map(([m, c]) => [m, c!.samples, c!.correct, c!.wrong, c!.undecided, pct(c!.correct, c!.correct + c!.wrong)])), '');
  if (planned.records.some((r) => r.kind === 'pair')) {
    const pairs = planned.records.filter((r) => r.kind === 'pair');
    const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
    out.push(`Mean length of what the model wrote: chosen ${mean(pairs.map((p) => p.chosen.chars))} characters, rejected ${mean(pairs.map((p) => p.rejected.chars))} (pairing: ${options.pairs.strategy}${options.pairs.strategy === 'one-per-prompt' ? '' : `, at most ${options.pairs.cap} per prompt`}).`, '');
  }
  out.push('### Models and engines', '', table(['model', 'samples'], tallyRows(stats.models)), '', table(['engine', 'samples'], tallyRows(stats.engines)), '');
  out.push('### Critic', '', table(['critic version', 'samples'], tallyRows(stats.critic)), '');
  out.push('### Generation settings', '', table(['temperature', 'samples'], tallyRows(stats.temperature)), '', table(['top-p', 'samples'], tallyRows(stats.topP)), '', table(['caps', 'samples'], tallyRows(stats.caps)), '');
  if (Object.keys(stats.software).length) out.push(table(['software', 'samples'], tallyRows(stats.software)), '');
  out.push('### Problem sets and licences', '', table(['source', 'samples', 'set', 'licence'], Object.entries(stats.sources).sort((a, b) => b[1] - a[1]).map(([s, n]) => [s, n, licenceOf(s).name, licenceOf(s).licence])), '');
  out.push('Model outputs keep the terms of the model that wrote them (see the models above).', '');

  out.push('## How it was built', '');
  const f = options.filters;
  const filterText = Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  out.push(`- Filters: ${filterText.length ? filterText.join('; ') : 'none'}${f.includeUnfinished ? '' : ' (samples cut short by a cap or an abort left out)'}.`);
  out.push(`- Near-duplicates: ${options.dedupeThreshold === null ? 'kept' : `removed within a prompt at estimated Jaccard ≥ ${options.dedupeThreshold} (word 3-grams); ${report.nearDuplicates} removed`}.`);
  out.push(`- Duplicate sample ids (merged exports): ${report.duplicateIds} dropped. Unreadable or invalid records: ${report.unreadable + report.invalid}.`);
  if (format.planner === 'autocode') out.push(`- AutoCode: α = ${options.alpha}; decisions drawn with seed ${options.seed}.`);
  out.push(`- Seed: ${options.seed}. Every row names the sample ids it was made from.`);
  if (stats.branched) out.push(`- ${stats.branched} samples continue a transcript a user edited: their earlier turns are not all model-written.`);
  out.push('', '## Loss', '', format.lossNote, '');
  if (files.template) {
    out.push('## Chat template', '',
      `Render rows with \`${files.template}\` (set it as the tokenizer's \`chat_template\`): it reproduces, byte for byte, the prompt the playground sent the model, with \`{% generation %}\` around what the model wrote so TRL's \`assistant_only_loss\` masks the rest.`,
      'See `training/README.md` in the LCE Playground repository for the TRL recipe.', '');
  }
  return out.join('\n');
}
