/**
 * The stores and the controller, handed to the React tree (panels and the
 * floor's host) through one context, with the hooks that read them.
 */
import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import { translate, type MessageKey, type Params, type Translate } from '../i18n';
import type { SimState, SimStore } from '../store/simStore';
import type { UiState, UiStore } from '../store/uiStore';
import type { ConsoleController } from './controller';

export interface ConsoleDeps {
  readonly sim: SimStore;
  readonly ui: UiStore;
  readonly controller: ConsoleController;
}

export const ConsoleContext = createContext<ConsoleDeps | null>(null);

export function useConsole(): ConsoleDeps {
  const deps = useContext(ConsoleContext);
  if (!deps) throw new Error('ConsoleContext is missing');
  return deps;
}

/** A stable empty list for selectors: a fresh `[]` per call would make zustand re-render forever. */
export const none: readonly never[] = Object.freeze([]);

export function useSim<T>(selector: (s: SimState) => T): T {
  return useStore(useConsole().sim, selector);
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useConsole().ui, selector);
}

/** The translation function for the current language (re-renders on a switch). */
export function useT(): Translate {
  const lang = useUi((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
