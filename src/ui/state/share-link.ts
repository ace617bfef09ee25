/**
 * Share links: the URL hash carries the problem, the settings and optionally the transcript, so a
 * link restores the view with no server. The JSON is deflated with the built-in CompressionStream
 * and base64url-encoded. A decoded hash is untrusted input and is validated field by field.
 */
import type { Block, Method } from '../../core/transcript';
import { METHODS } from '../../core/transcript';
import type { SolveCaps } from '../../core/lce/events';
import { engineSettingsToParams, parseEngineSettings, type EngineSettings } from '../../engine/registry';

/**
 * What a share link carries. `engine` is the engine settings, which by construction hold no API
 * key; in the link they are written as their URL parameters.
 */
export interface SharedView {
  question: string;
  reference: string;
  method: Method;
  engine?: EngineSettings;
  caps?: Partial<SolveCaps>;
  transcript?: { blocks: Block[]; answer: string | null; stopDetail: string | null; recording: boolean };
}

export type ShareDecode = { kind: 'ok'; view: SharedView } | { kind: 'invalid'; reason: string };

const PREFIX = '#share=';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The hash (starting with `#share=`) for a view. */
export async function encodeShare(view: SharedView): Promise<string> {
  const { engine, ...rest } = view;
  const data = { v: 1, ...rest, ...(engine ? { engine: Object.fromEntries(engineSettingsToParams(engine)) } : {}) };
  const json = new TextEncoder().encode(JSON.stringify(data));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** True when the hash looks like a share link (so the page should try to restore it). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const BLOCK_TYPES = ['text', 'code', 'output', 'error'];

function readBlocks(v: unknown): Block[] | null {
  if (!Array.isArray(v)) return null;
  const blocks: Block[] = [];
  for (const b of v) {
    if (typeof b !== 'object' || b === null) return null;
    const { type, content, error } = b as Record<string, unknown>;
    if (!isString(type) || !BLOCK_TYPES.includes(type) || !isString(content)) return null;
    const block: Block = { type: type as Block['type'], content };
    if (error !== undefined) {
      const errorType = typeof error === 'object' && error !== null ? (error as Record<string, unknown>).type : undefined;
      if (!isString(errorType)) return null;
      block.error = { type: errorType };
    }
    blocks.push(block);
  }
  return blocks;
}

function readCaps(v: unknown): Partial<SolveCaps> | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const caps: Partial<SolveCaps> = {};
  for (const key of ['maxRounds', 'maxTokensPerRound', 'cellTimeoutMs', 'maxOutputChars'] as const) {
    const n = (v as Record<string, unknown>)[key];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) caps[key] = Math.floor(n);
  }
  return caps;
}

/** Reads a share hash; anything malformed gives a reason sentence instead of a view. */
export async function decodeShare(hash: string): Promise<ShareDecode> {
  const invalid = (reason: string): ShareDecode => ({
    kind: 'invalid',
    reason: `This share link cannot be opened: ${reason}. Ask for a new link.`,
  });
  if (!isShareHash(hash)) return invalid('it has no shared view in it');
  let data: unknown;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return invalid('it is damaged or cut short');
  }
  if (typeof data !== 'object' || data === null) return invalid('it holds no view');
  const d = data as Record<string, unknown>;
  if (d.v !== 1) return invalid('it was made by a newer version of the app');
  if (!isString(d.question)) return invalid('the problem is missing');
  const method = METHODS.includes(d.method as Method) ? (d.method as Method) : 'lce';
  const view: SharedView = {
    question: d.question,
    reference: isString(d.reference) ? d.reference : '',
    method,
  };
  if (typeof d.engine === 'object' && d.engine !== null) {
    const params = new URLSearchParams(Object.entries(d.engine).filter((e): e is [string, string] => isString(e[1])));
    try {
      // Read as the address bar is: incomplete settings are kept for the page to show, checked when used.
      const engine = parseEngineSettings(params, { check: false });
      if (engine) view.engine = engine;
    } catch {
      return invalid(`it names an engine this version does not know ("${(params.get('engine') ?? '').slice(0, 40)}")`);
    }
  }
  const caps = readCaps(d.caps);
  if (caps && Object.keys(caps).length) view.caps = caps;
  if (typeof d.transcript === 'object' && d.transcript !== null) {
    const t = d.transcript as Record<string, unknown>;
    const blocks = readBlocks(t.blocks);
    if (!blocks) return invalid('its transcript is malformed');
    view.transcript = {
      blocks,
      answer: isString(t.answer) ? t.answer : null,
      stopDetail: isString(t.stopDetail) ? t.stopDetail : null,
      recording: t.recording === true,
    };
  }
  return { kind: 'ok', view };
}
