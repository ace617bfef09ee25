/**
 * What one export download is made of — the JSONL split files, the sample-id sidecars, the chat
 * template, companions such as dataset_info.json, and the dataset card — and a preview of the
 * first rows. Record files are lazy streams of lines (pass 2 runs when they are read), so the page
 * can pipe them into a streaming zip and the CLI into files, neither holding them in memory.
 */
import { datasetCard } from './card';
import { chatTemplateFor } from './chat-templates';
import { exportLines, exportRows, planExport, type ExportOptions, type ExportRow, type PlannedExport } from './export';
import type { Split } from './plan';
import type { SampleSource } from './source';

/** Which part of the export a file is. */
export type ExportFileRole = 'records' | 'ids' | 'template' | 'companion' | 'card';

export interface ExportFile {
  name: string;
  role: ExportFileRole;
  split?: Split;
  /** Rows in a records or ids file. */
  rows?: number;
  /** Text now, or a stream of chunks produced when read (record files). */
  content: string | (() => AsyncIterable<string>);
}

/** How the files are named: the CLI derives a stem from --out; a download uses the format id. */
export interface BundleNames {
  stem: string;
  /** The card's name (a download: README.md; the CLI: `<stem>.README.md`, so exports can share a folder). */
  card: string;
  template: string;
}

/** Names for a browser download of `format`. */
export function downloadNames(format: string): BundleNames {
  return { stem: format, card: 'README.md', template: 'chat_template.jinja' };
}

function splitName(stem: string, split: Split, suffix: string): string {
  return split === 'train' ? `${stem}${suffix}` : `${stem}.eval${suffix}`;
}

/** One JSON line per row of a split, produced by pass 2. */
function recordLines(source: SampleSource, planned: PlannedExport, split: Split, signal?: AbortSignal): () => AsyncIterable<string> {
  return async function* () {
    yield* exportLines(source, planned, { split, signal });
  };
}

/** The sidecar: which samples each row was made from, line for line (no loading needed). */
function idLines(planned: PlannedExport, split: Split): string {
  let line = 0;
  return planned.records
    .filter((r) => r.split === split)
    .map((r) => `${JSON.stringify({ line: ++line, ...planned.format.trace(r) })}\n`)
    .join('');
}

/** The files of one export, planned from `source` (pass 1 runs now; rows stream when read). */
export async function exportBundle(source: SampleSource, options: ExportOptions, names?: Partial<BundleNames>, now = new Date()): Promise<{ planned: PlannedExport; files: ExportFile[] }> {
  const planned = await planExport(source, options);
  const n: BundleNames = { ...downloadNames(planned.format.id), ...names };
  const { format, report } = planned;
  const splits: Split[] = report.records.eval > 0 ? ['train', 'eval'] : ['train'];
  const files: ExportFile[] = [];
  for (const split of splits) {
    files.push({ name: splitName(n.stem, split, '.jsonl'), role: 'records', split, rows: report.records[split], content: recordLines(source, planned, split, options.signal) });
    if (format.idsSidecar) files.push({ name: splitName(n.stem, split, '.ids.jsonl'), role: 'ids', split, rows: report.records[split], content: idLines(planned, split) });
  }
  const family = planned.families[0];
  if (format.usesTemplate && family) files.push({ name: n.template, role: 'template', content: `${chatTemplateFor(family)}\n` });
  const train = splitName(n.stem, 'train', '.jsonl');
  const evalFile = splits.includes('eval') ? splitName(n.stem, 'eval', '.jsonl') : undefined;
  for (const c of format.companions?.({ stem: n.stem, train, ...(evalFile ? { eval: evalFile } : {}) }) ?? []) files.push({ name: c.name, role: 'companion', content: c.content });
  const card = datasetCard(
    planned,
    {
      train,
      ...(evalFile ? { eval: evalFile } : {}),
      ...(files.some((f) => f.role === 'template') ? { template: n.template } : {}),
      companions: files.filter((f) => f.role === 'companion').map((f) => f.name),
      idsSidecars: files.filter((f) => f.role === 'ids').map((f) => f.name),
    },
    now,
  );
  files.push({ name: n.card, role: 'card', content: card });
  return { planned, files };
}

/** The first `limit` rows of an export, in memory, with the plan's report (for the export view). */
export async function previewExport(source: SampleSource, options: ExportOptions, limit = 5): Promise<{ planned: PlannedExport; rows: ExportRow[] }> {
  const planned = await planExport(source, options);
  const rows: ExportRow[] = [];
  for await (const r of exportRows(source, planned, { limit, signal: options.signal })) rows.push(r);
  return { planned, rows };
}
