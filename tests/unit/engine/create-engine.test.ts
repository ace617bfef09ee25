import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createEngine, engineSettingsToParams, type EngineSettings, loadRecordingsOverHttp, parseEngineSettings } from '../../../src/engine/create-engine';
import { loadRecordingsFromDir, REPLAY_DIR } from '../../../src/engine/node/replay-files';
import { DEFAULT_MODEL_ID } from '../../../src/engine/webllm/catalog-ids';
import { FakeMlcWorker } from './support/fake-mlc-worker';
import { type LocalServer, startLocalServer } from './support/local-http-server';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Serves public/replay/ over real HTTP, as vite preview would. */
async function serveReplayDir() {
  server = await startLocalServer((req, _b, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\/replay\//, ''));
    try {
      const body = readFileSync(join(REPLAY_DIR, name));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  return server.baseUrl.replace(/\/v1$/, '/replay/');
}

describe('parseEngineSettings', () => {
  describe('should round-trip through URL parameters', () => {
    test.each<EngineSettings>([
      { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen2.5-math-1.5b' },
      { kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' },
      { kind: 'webllm', model: 'My-Math-7B-q4f16_1-MLC', modelUrl: 'http://127.0.0.1:8000/m/', modelLibUrl: 'http://127.0.0.1:8000/m.wasm' },
      { kind: 'replay' },
      { kind: 'replay', recordingId: 'tora-gsm8k-0' },
    ])('for %o', (settings) => {
      const query = engineSettingsToParams(settings).toString();
      expect(parseEngineSettings(new URLSearchParams(query))).toEqual(settings);
    });
  });

  describe('should read shared links', () => {
    test('for the documented forms', () => {
      expect(parseEngineSettings(new URLSearchParams('?engine=webllm'))).toEqual({ kind: 'webllm', model: DEFAULT_MODEL_ID });
      expect(parseEngineSettings(new URLSearchParams('?method=lce'))).toBeNull();
    });

    test('for an API key, which never goes into a link', () => {
      const params = engineSettingsToParams({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm', apiKey: 'secret' });
      expect(params.toString()).not.toContain('secret');
    });
  });

  describe('should reject incomplete settings with a sentence', () => {
    test.each([
      ['?engine=openai&model=m', /needs baseUrl/],
      ['?engine=openai&baseUrl=http://h/v1', /needs model/],
      ['?engine=webllm&modelUrl=http://h/m/', /both modelUrl/],
      ['?engine=gpt', /openai, webllm or replay/],
    ])('for %s', (query, message) => {
      expect(() => parseEngineSettings(new URLSearchParams(query))).toThrow(message);
    });
  });
});

describe('createEngine', () => {
  describe('should build each kind', () => {
    test('for openai', async () => {
      const engine = await createEngine({ kind: 'openai', baseUrl: 'http://127.0.0.1:1/v1', model: 'Qwen2.5-Math-7B-Instruct' });
      expect(engine.info).toMatchObject({ kind: 'openai', model: 'Qwen2.5-Math-7B-Instruct', family: 'qwen2.5-math', isRecording: false });
    });

    test('for webllm with an injected worker', async () => {
      const engine = await createEngine({ kind: 'webllm', model: DEFAULT_MODEL_ID }, { createWorker: () => new FakeMlcWorker({ script: () => ({ text: '' }) }) });
      expect(engine.info).toMatchObject({ kind: 'webllm', model: DEFAULT_MODEL_ID });
    });

    test('for replay over HTTP, labelled as a recording', async () => {
      const replayBaseUrl = await serveReplayDir();
      const engine = await createEngine({ kind: 'replay', recordingId: 'tora-gsm8k-0' }, { replayBaseUrl });
      expect(engine.info).toMatchObject({ kind: 'replay', isRecording: true, model: 'ToRA-Code-34B v1.0' });
    });
  });
});

describe('loadRecordingsOverHttp', () => {
  describe('should load the demo set', () => {
    test('for every recording, the same as read from disk', async () => {
      const replayBaseUrl = await serveReplayDir();
      expect(await loadRecordingsOverHttp(replayBaseUrl)).toEqual(loadRecordingsFromDir());
    });
  });

  describe('should say what is wrong', () => {
    test('for an unknown recording id', async () => {
      const replayBaseUrl = await serveReplayDir();
      await expect(loadRecordingsOverHttp(replayBaseUrl, 'nope')).rejects.toThrow(/no recording "nope"; available: tora-gsm8k-0/);
    });

    test('for a server without the recordings', async () => {
      const replayBaseUrl = await serveReplayDir();
      await expect(loadRecordingsOverHttp(replayBaseUrl.replace('/replay/', '/missing/'))).rejects.toThrow(/HTTP 404.*build-replay-demo/);
    });
  });
});
