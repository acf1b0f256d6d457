/** UI state: language, selection, the card, the context menu, notices, play intent and speed. */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { Speed } from '../worker/pacer';

/** The adviser context menu, at a point of the page (client pixels). */
export interface AdviserMenu {
  readonly adviserId: string;
  readonly x: number;
  readonly y: number;
}

/**
 * A short-lived message about a command: the engine's refusal (translated by
 * code when possible), a note on an applied one ("after the current
 * contact"), or a local explanation (why an action is not available).
 */
export interface Notice {
  readonly id: number;
  readonly tone: 'rejected' | 'applied' | 'info';
  readonly type: string;
  readonly adviserId: string | null;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** English from the engine, or an already translated sentence for local notices. */
  readonly text: string;
}

export interface UiState {
  readonly lang: Lang;
  readonly playing: boolean;
  readonly speed: Speed;
  /** Highlighted adviser (floor, list); the card shows it when `cardOpen`. */
  readonly selectedAdviserId: string | null;
  readonly cardOpen: boolean;
  /** Channel whose KPIs the board shows (null: the first one). */
  readonly channelId: string | null;
  readonly menu: AdviserMenu | null;
  /** Newest last, at most `maxNotices`. */
  readonly notices: readonly Notice[];
  /** The end-of-shift debrief is shown over the console. */
  readonly debriefOpen: boolean;
  /** The trainee's shift report, as typed so far (kept while the debrief is closed). */
  readonly report: { readonly analysis: string; readonly proposals: string };
  /** A queue an alert pointed at: the queue panel scrolls to it and highlights it. */
  readonly highlightChannelId: string | null;
  /** The dashboard dialog is open. */
  readonly dashboardOpen: boolean;
}

export const maxNotices = 3;

export function initialLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function createUiStore(lang: Lang) {
  return createStore<UiState>()(() => ({
    lang,
    playing: false,
    speed: 15,
    selectedAdviserId: null,
    cardOpen: false,
    channelId: null,
    menu: null,
    notices: [],
    debriefOpen: false,
    report: { analysis: '', proposals: '' },
    highlightChannelId: null,
    dashboardOpen: false,
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;

let noticeId = 0;

/** Adds a notice (the oldest goes beyond `maxNotices`); returns its id for dismissal. */
export function pushNotice(ui: UiStore, notice: Omit<Notice, 'id'>): number {
  const id = ++noticeId;
  ui.setState((s) => ({ notices: [...s.notices, { ...notice, id }].slice(-maxNotices) }));
  return id;
}

export function dismissNotice(ui: UiStore, id: number): void {
  ui.setState((s) => (s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s));
}

/** The adviser `step` places after (or before) the selected one, wrapping round. */
export function moveSelection(ids: readonly string[], selected: string | null, step: number): string | null {
  if (ids.length === 0) return null;
  const i = selected === null ? -1 : ids.indexOf(selected);
  if (i < 0) return step >= 0 ? ids[0] : ids[ids.length - 1];
  return ids[(((i + step) % ids.length) + ids.length) % ids.length];
}

/** What following an alert's link changes: select the adviser (and open the card), or show the queue. */
export function alertFocus(target: { readonly adviserId?: string; readonly channelId?: string }): Partial<UiState> | null {
  if (target.adviserId) return { selectedAdviserId: target.adviserId, cardOpen: true };
  if (target.channelId) return { channelId: target.channelId, highlightChannelId: target.channelId };
  return null;
}
