/** Samples and everything exported from them: conversations, chat templates, formats, the two-pass export, the card. */
export { createSample, SAMPLE_SCHEMA_VERSION, type Sample, type SampleContext } from './sample';
export { parseSample, type ParsedSample } from './parse-sample';
export { conversationOf, completionMessages, promptMessages, sampleFamily, type Conversation, type Message } from './conversation';
export { chatTemplateFor, templateKwargs, endOfTurnText } from './chat-templates';
export { arraySource, type SampleSource, type SampleRef, type SourceItem } from './source';
export type { ExportFilters, VerdictFilter } from './filters';
export type { PairStrategy, Split } from './plan';
export { EXPORT_FORMATS, exportFormat, type ExportFormat } from './formats/registry';
export { planExport, exportRows, exportLines, type ExportOptions, type ExportReport, type ExportRow, type PlannedExport } from './export';
export { exportBundle, previewExport, downloadNames, type ExportFile, type BundleNames } from './bundle';
export { datasetCard } from './card';
