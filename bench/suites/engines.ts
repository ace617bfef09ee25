/**
 * Engine overheads with the model taken out: the OpenAI-compatible client against a local server
 * that has every SSE chunk ready (so the time is HTTP + SSE parsing + stop matching + events), and
 * unpaced replay. Real model speed is the server's or the GPU's, not measured here.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LlmEngine } from '../../src/core/ports/llm-engine';
import { loadRecordingsFromDir } from '../../src/engine/node/replay-files';
import { createOpenAiEngine } from '../../src/engine/openai/openai-engine';
import { createReplayEngine } from '../../src/engine/replay/replay-engine';
import { percentile } from '../support/stats';

export const name = 'engines';

const TOKENS = 4000;

async function drain(engine: LlmEngine, prompt: string, stop: string[]): Promise<{ ms: number; firstMs: number; tokens: number }> {
  const t0 = performance.now();
  let firstMs = -1;
  let tokens = 0;
  for await (const e of engine.generate({ prompt, stop, maxTokens: 100_000 })) {
    if (e.type !== 'token') continue;
    if (firstMs < 0) firstMs = performance.now() - t0;
    tokens++;
  }
  return { ms: performance.now() - t0, firstMs, tokens };
}

export async function measure(): Promise<Record<string, number>> {
  const pieces = Array.from({ length: TOKENS }, (_, i) => (i % 50 === 49 ? '\n```' : ` tok${i % 10}`));
  const body =
    pieces.map((t) => `data: ${JSON.stringify({ object: 'text_completion', choices: [{ index: 0, text: t, finish_reason: null }] })}\n\n`).join('') +
    `data: ${JSON.stringify({ object: 'text_completion', choices: [{ index: 0, text: '', finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const openai = createOpenAiEngine({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'bench' });
  const perToken: number[] = [];
  const first: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      const r = await drain(openai, 'Q', ['```output']);
      if (i === 0) continue; // warm-up
      perToken.push((r.ms * 1000) / TOKENS);
      first.push(r.firstMs);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }

  const recordings = await loadRecordingsFromDir();
  const replay = createReplayEngine(recordings);
  const rates: number[] = [];
  for (let i = 0; i < 6; i++) {
    let tokens = 0;
    const t0 = performance.now();
    for (const r of recordings) tokens += (await drain(replay, r.question, [])).tokens;
    if (i > 0) rates.push(tokens / ((performance.now() - t0) / 1000));
  }
  return {
    'engines.openai_client_us_per_token_p50': Math.round(percentile(perToken, 0.5) * 10) / 10,
    'engines.openai_first_token_ms_p50': Math.round(percentile(first, 0.5) * 100) / 100,
    'engines.replay_tokens_per_s_p50': Math.round(percentile(rates, 0.5)),
  };
}
