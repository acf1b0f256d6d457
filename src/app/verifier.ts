/**
 * The page's side of the verification worker: started on first use, so the
 * console never pays for it, and kept for the next files.
 */
import * as Comlink from 'comlink';
import type { VerifyWorkerApi } from '../worker/verifyApi';

let remote: Comlink.Remote<VerifyWorkerApi> | null = null;

export function verifier(): Comlink.Remote<VerifyWorkerApi> {
  if (!remote) remote = Comlink.wrap<VerifyWorkerApi>(new Worker(new URL('../worker/verifyWorker.ts', import.meta.url), { type: 'module' }));
  return remote;
}
