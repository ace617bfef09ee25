import { describe, expect, test } from 'vitest';
import { REMOVED_GLOBALS, lockDown } from '../../../src/sandbox/worker/lockdown';

/** A scope shaped like a worker's: capabilities as getters and methods on a prototype chain. */
function workerLikeScope(): Record<string, unknown> {
  class WorkerGlobalScope {
    get indexedDB(): string {
      return 'idb';
    }
    fetch(): string {
      return 'fetched';
    }
  }
  class DedicatedWorkerGlobalScope extends WorkerGlobalScope {
    postMessage(): string {
      return 'posted';
    }
  }
  const scope = new DedicatedWorkerGlobalScope() as unknown as Record<string, unknown>;
  scope.WebSocket = function WebSocket() {};
  scope.navigator = Object.create({ storage: 'opfs', locks: 'locks', userAgent: 'test' });
  scope.keep = 'kept';
  return scope;
}

describe('lockDown', () => {
  describe('should make capabilities unreachable', () => {
    test('for methods and getters on the prototype chain, which a getter call could revive', () => {
      const scope = workerLikeScope();
      const proto = Object.getPrototypeOf(Object.getPrototypeOf(scope)) as object;
      expect(lockDown(scope)).toEqual([]);
      for (const name of ['fetch', 'indexedDB', 'postMessage', 'WebSocket']) expect(scope[name]).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(proto, 'indexedDB')).toBeUndefined();
    });

    test('for a property pinned on a prototype, shadowed on the scope itself', () => {
      const scope = workerLikeScope();
      Object.defineProperty(Object.getPrototypeOf(scope), 'caches', { value: 'pinned', configurable: false });
      expect(lockDown(scope)).toEqual([]);
      expect(scope.caches).toBeUndefined();
    });
  });

  describe('should report what it could not remove', () => {
    test('for a non-configurable property of the scope itself', () => {
      const scope = workerLikeScope();
      Object.defineProperty(scope, 'caches', { value: 'pinned', configurable: false });
      expect(lockDown(scope)).toEqual(['caches']);
    });

    test('for navigator.storage and navigator.locks', () => {
      const scope = workerLikeScope();
      lockDown(scope);
      const nav = scope.navigator as Record<string, unknown>;
      expect(nav.storage).toBeUndefined();
      expect(nav.locks).toBeUndefined();
      expect(nav.userAgent).toBe('test');
    });
  });

  describe('should leave everything else alone', () => {
    test('for an unrelated global', () => {
      const scope = workerLikeScope();
      lockDown(scope);
      expect(scope.keep).toBe('kept');
      expect(REMOVED_GLOBALS).not.toContain('keep');
    });
  });
});
