/** UI state: language, selection, the card, play intent and speed. */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { Speed } from '../worker/pacer';

export interface UiState {
  readonly lang: Lang;
  readonly playing: boolean;
  readonly speed: Speed;
  /** Highlighted adviser (floor, list); the card shows it when `cardOpen`. */
  readonly selectedAdviserId: string | null;
  readonly cardOpen: boolean;
  /** Channel whose KPIs the board shows (null: the first one). */
  readonly channelId: string | null;
}

export function initialLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function createUiStore(lang: Lang) {
  return createStore<UiState>()(() => ({ lang, playing: false, speed: 15, selectedAdviserId: null, cardOpen: false, channelId: null }));
}

export type UiStore = ReturnType<typeof createUiStore>;

/** The adviser `step` places after (or before) the selected one, wrapping round. */
export function moveSelection(ids: readonly string[], selected: string | null, step: number): string | null {
  if (ids.length === 0) return null;
  const i = selected === null ? -1 : ids.indexOf(selected);
  if (i < 0) return step >= 0 ? ids[0] : ids[ids.length - 1];
  return ids[(((i + step) % ids.length) + ids.length) % ids.length];
}
