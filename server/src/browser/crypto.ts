// The web build's stand-in for node:crypto, with the one function the server uses: random bytes from the
// Web Crypto API that web workers (and node 20) provide. esbuild swaps this module in for the web bundle.

interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

export function randomBytes(size: number): Uint8Array {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!crypto) throw new Error('haconf: no Web Crypto in this environment');
  // getRandomValues fills at most 65536 bytes per call.
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(out.subarray(at, Math.min(size, at + 65536)));
  return out;
}
