/** Every export format, one entry each (STYLE rule 10): the CLI, the export view and the card read this table. */
import { autocode } from './autocode';
import { llamafactory, llamafactoryKto, llamafactoryPreference } from './llamafactory';
import { openai, openaiPreference } from './openai';
import { dpo, kto, orpo, sft } from './trl';
import type { ExportFormat } from './types';

export const EXPORT_FORMATS: readonly ExportFormat[] = [sft, dpo, orpo, kto, autocode, llamafactory, llamafactoryPreference, llamafactoryKto, openai, openaiPreference];

/** The format with this id, or undefined. */
export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export type { ExportFormat } from './types';
