/**
 * Where saved sessions live: a small interface, with IndexedDB behind it in the
 * browser and an in-memory map for tests and for browsers that refuse
 * IndexedDB (private modes). Opening never throws: it says whether sessions
 * will survive a reload.
 */
import type { SessionRecord } from './sessionRecord';

export interface SessionDb {
  list(): Promise<SessionRecord[]>;
  get(id: string): Promise<SessionRecord | null>;
  put(record: SessionRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

export const DB_NAME = 'superviseur-sim';
export const DB_STORE = 'sessions';
const DB_VERSION = 1;

export function memorySessionDb(): SessionDb {
  const rows = new Map<string, SessionRecord>();
  // Copies in and out, as IndexedDB's structured clone does: a caller's later edit never reaches the store.
  const copy = (r: SessionRecord): SessionRecord => structuredClone(r);
  return {
    list: () => Promise.resolve([...rows.values()].map(copy)),
    get: (id) => Promise.resolve(rows.has(id) ? copy(rows.get(id)!) : null),
    put: (record) => {
      rows.set(record.id, copy(record));
      return Promise.resolve();
    },
    remove: (id) => {
      rows.delete(id);
      return Promise.resolve();
    },
  };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function indexedDbSessionDb(db: IDBDatabase): SessionDb {
  const store = (mode: IDBTransactionMode) => db.transaction(DB_STORE, mode).objectStore(DB_STORE);
  const done = (s: IDBObjectStore) =>
    new Promise<void>((resolve, reject) => {
      s.transaction.oncomplete = () => resolve();
      s.transaction.onerror = () => reject(s.transaction.error ?? new Error('IndexedDB write failed'));
      s.transaction.onabort = () => reject(s.transaction.error ?? new Error('IndexedDB write aborted'));
    });
  return {
    list: () => request(store('readonly').getAll() as IDBRequest<SessionRecord[]>),
    get: async (id) => ((await request(store('readonly').get(id))) as SessionRecord | undefined) ?? null,
    put: (record) => {
      const s = store('readwrite');
      s.put(record);
      return done(s);
    },
    remove: (id) => {
      const s = store('readwrite');
      s.delete(id);
      return done(s);
    },
  };
}

export interface OpenedSessionDb {
  readonly db: SessionDb;
  /** False when IndexedDB could not be opened: sessions are kept in memory and lost on reload. */
  readonly persistent: boolean;
  readonly reason?: string;
}

/**
 * Opens the browser's store, or falls back to memory (never rejects). An open that neither
 * succeeds nor fails (blocked by another tab) gives up after `timeoutMs`: the picker waits
 * for this before it lets a shift start.
 */
export async function openSessionDb(factory: IDBFactory | undefined = globalThis.indexedDB, timeoutMs = 3000): Promise<OpenedSessionDb> {
  const fallback = (reason: string): OpenedSessionDb => ({ db: memorySessionDb(), persistent: false, reason });
  if (!factory) return fallback('IndexedDB is not available in this browser');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const open = factory.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(DB_STORE)) open.result.createObjectStore(DB_STORE, { keyPath: 'id' });
    };
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`)), timeoutMs);
    });
    const db = await Promise.race([request(open), late]);
    return { db: indexedDbSessionDb(db), persistent: true };
  } catch (error) {
    return fallback(error instanceof Error ? error.message || error.name : String(error));
  } finally {
    clearTimeout(timer);
  }
}
