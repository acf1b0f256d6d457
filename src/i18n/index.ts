/** Translation: one dictionary per language with the same keys; `{name}` placeholders. */
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Lang = 'fr' | 'en';
export type { MessageKey };
export const languages: readonly Lang[] = ['fr', 'en'];
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, fr };

export type Params = Readonly<Record<string, string | number>>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** A channel's display name in `lang`, falling back to its id. */
export function channelName(channel: { id: string; name?: { fr?: string; en?: string } } | undefined, lang: Lang, fallbackId = ''): string {
  return channel?.name?.[lang] ?? channel?.name?.en ?? channel?.id ?? fallbackId;
}
