/** Reads the saved sessions' state (src/app/sessions.ts) from a panel. */
import { useStore } from 'zustand';
import { useConsole } from '../app/context';
import type { SessionsState } from '../app/sessions';

export function useSessions<T>(selector: (s: SessionsState) => T): T {
  return useStore(useConsole().controller.sessions.store, selector);
}
