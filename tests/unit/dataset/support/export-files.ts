import { arraySource, planExport, type ExportFile } from '../../../../src/core/dataset';
import type { PlannedRecord } from '../../../../src/core/dataset/plan';
import type { Sample } from '../../../../src/core/dataset/sample';

/** The whole text of an export file, whether it is a string or a stream of chunks. */
export async function fileText(file: ExportFile): Promise<string> {
  if (typeof file.content === 'string') return file.content;
  let out = '';
  for await (const chunk of file.content()) out += chunk;
  return out;
}

/** The first planned record of `kind` ('single' from an SFT plan, 'pair' from a DPO plan) of `samples`. */
export async function plannedRecordOf(samples: Sample[], kind: PlannedRecord['kind']): Promise<PlannedRecord> {
  const planned = await planExport(arraySource(samples), { format: kind === 'pair' ? 'dpo' : 'sft' });
  return planned.records.find((r) => r.kind === kind)!;
}
