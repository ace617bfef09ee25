/**
 * Collects a download's bytes without holding them in the JS heap: every few MB the pending
 * chunks become a Blob, which the browser keeps in its own blob storage (Chromium pages large
 * blobs to disk), and the chunks are dropped. The final Blob is a list of those parts.
 */

/** Bytes gathered before they are handed to a Blob. */
export const PART_BYTES = 8 * 2 ** 20;

export interface BlobSink {
  push(bytes: Uint8Array): void;
  readonly bytes: number;
  blob(type: string): Blob;
}

export function createBlobSink(partBytes = PART_BYTES): BlobSink {
  const blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  const seal = () => {
    if (pending.length === 0) return;
    blobs.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  return {
    push(bytes) {
      pending.push(bytes);
      pendingBytes += bytes.length;
      total += bytes.length;
      if (pendingBytes >= partBytes) seal();
    },
    get bytes() {
      return total;
    },
    blob(type) {
      seal();
      return new Blob(blobs, { type });
    },
  };
}
