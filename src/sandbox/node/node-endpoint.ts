/**
 * Comlink endpoints over Node's message carriers: a `worker_threads` port, a child process's IPC
 * channel (parent side) or the `process` object (child side), each split into named channels so
 * that two comlink conversations (the worker's API and the host's services) share one carrier.
 */
import type { ChildProcess } from 'node:child_process';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Endpoint } from 'comlink';

type Listener = EventListenerOrEventListenerObject;

/** Anything that sends and receives structured-clone messages with `on('message')`. */
export interface MessageCarrier {
  send(message: unknown): void;
  on(event: 'message', fn: (data: unknown) => void): unknown;
  off(event: 'message', fn: (data: unknown) => void): unknown;
}

/** A carrier over a worker thread or its `parentPort`. */
export function portCarrier(port: Worker | MessagePort): MessageCarrier {
  return {
    send: (m) => port.postMessage(m),
    on: (e, fn) => port.on(e, fn),
    off: (e, fn) => port.off(e, fn),
  };
}

/** A carrier over a child process's IPC channel; messages sent after the child is gone are dropped. */
export function childCarrier(child: ChildProcess): MessageCarrier {
  return {
    send: (m) => {
      if (child.connected) child.send(m as never, (err) => void err);
    },
    on: (e, fn) => child.on(e, fn),
    off: (e, fn) => child.off(e, fn),
  };
}

/** A message on a named channel. */
interface Tagged {
  ch: string;
  m: unknown;
}

function isTagged(data: unknown, channel: string): data is Tagged {
  return typeof data === 'object' && data !== null && (data as Tagged).ch === channel;
}

/**
 * Whether a comlink answer carries plain data or a thrown error, the only wire values a peer that
 * runs hostile code may send: comlink would turn any other (a `proxy` handler) into host objects,
 * and throw inside the host's message handler doing so.
 */
function isPlainAnswer(m: unknown): boolean {
  const wire = m as { type?: unknown; name?: unknown } | null;
  return typeof wire === 'object' && wire !== null && (wire.type === 'RAW' || (wire.type === 'HANDLER' && wire.name === 'throw'));
}

/**
 * A comlink endpoint that sends on `channel` and hears only `channel`'s messages. `untrusted`: the
 * peer may run hostile code, so only plain answers reach comlink, and nothing comlink throws while
 * reading one escapes into the host (the call then times out like any unanswered call).
 */
export function channelEndpoint(carrier: MessageCarrier, channel: string, untrusted = false): Endpoint {
  const wrapped = new WeakMap<Listener, (data: unknown) => void>();
  return {
    postMessage: (message: unknown) => carrier.send({ ch: channel, m: message } satisfies Tagged),
    addEventListener: (_type: string, listener: Listener) => {
      const fn = (data: unknown): void => {
        if (!isTagged(data, channel) || (untrusted && !isPlainAnswer(data.m))) return;
        const event = { data: data.m } as MessageEvent;
        try {
          if (typeof listener === 'function') listener(event);
          else listener.handleEvent(event);
        } catch (err) {
          if (!untrusted) throw err;
        }
      };
      wrapped.set(listener, fn);
      carrier.on('message', fn);
    },
    removeEventListener: (_type: string, listener: Listener) => {
      const fn = wrapped.get(listener);
      if (fn) carrier.off('message', fn);
      wrapped.delete(listener);
    },
  };
}
