/**
 * The sandbox process's calls to its host, as a closed set of method names over one channel.
 * Not comlink's `expose`: it lets the peer read and call any property path of the exposed object
 * (`zipsDone.constructor` is `Function`), which is fine between trusted peers and not
 * towards a process that runs hostile code. Here a call names one of SandboxHostApi's own methods;
 * anything else is answered with an error, and a handler's failure never escapes into the host.
 */
import type { MessageCarrier } from './node-endpoint';
import type { SandboxHostApi } from './sandbox-host.api';

const CHANNEL = 'host';
const METHODS = ['zipsToBuild', 'storeZip', 'zipsDone', 'fetchOnlinePackage'] as const satisfies readonly (keyof SandboxHostApi)[];

interface Call {
  id: number;
  method: string;
  args: unknown[];
}

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

function isCall(data: unknown): data is { ch: string; m: Call } {
  const m = (data as { ch?: unknown; m?: Partial<Call> } | null)?.m;
  return (data as { ch?: unknown } | null)?.ch === CHANNEL && typeof m?.id === 'number' && typeof m.method === 'string' && Array.isArray(m.args);
}

/** Host side: answers the sandbox's calls with `host`'s methods. */
export function serveHost(carrier: MessageCarrier, host: SandboxHostApi): void {
  carrier.on('message', (data) => {
    if (!isCall(data)) return;
    const { id, method, args } = data.m;
    const answer = (a: Answer): void => carrier.send({ ch: CHANNEL, m: a });
    if (!(METHODS as readonly string[]).includes(method)) {
      answer({ id, ok: false, error: `no host method ${method.slice(0, 40)}` });
      return;
    }
    const fn = host[method as (typeof METHODS)[number]] as (...a: unknown[]) => Promise<unknown>;
    Promise.resolve()
      .then(() => fn.apply(host, args))
      .then(
        (value) => answer({ id, ok: true, value }),
        (err: unknown) => answer({ id, ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  });
}

/** Sandbox side: SandboxHostApi over the channel. */
export function hostClient(carrier: MessageCarrier): SandboxHostApi {
  let nextId = 1;
  const pending = new Map<number, (a: Answer) => void>();
  carrier.on('message', (data) => {
    const a = (data as { ch?: unknown; m?: Answer } | null)?.m;
    if ((data as { ch?: unknown } | null)?.ch !== CHANNEL || !a || typeof a.id !== 'number' || !('ok' in a)) return;
    pending.get(a.id)?.(a);
    pending.delete(a.id);
  });
  const call = (method: (typeof METHODS)[number]) => (...args: unknown[]) =>
    new Promise<never>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (a) => (a.ok ? resolve(a.value as never) : reject(new Error(a.error))));
      carrier.send({ ch: CHANNEL, m: { id, method, args } satisfies Call });
    });
  return Object.fromEntries(METHODS.map((m) => [m, call(m)])) as unknown as SandboxHostApi;
}
