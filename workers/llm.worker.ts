/**
 * The web-llm worker: the model, its WebGPU device and the weights live here, off the page's
 * main thread. Started as a module worker by src/engine/webllm/worker-factory.ts.
 *
 * Unlike workers/python.worker.ts this does not expose one comlink object: web-llm ships its own
 * request/response protocol (`{kind, uuid, content}` with streamed chunks, progress callbacks and
 * interrupts), and its `WebWorkerMLCEngine` client on the page speaks it. Wrapping it in comlink
 * would mean re-implementing streaming and interrupts that the library already gets right.
 */
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (event: MessageEvent) => handler.onmessage(event);
