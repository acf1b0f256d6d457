/** The scenarios bundled with the app (scenarios/**.json), read as text for the worker. */

const raw = import.meta.glob('/scenarios/**/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface CatalogueEntry {
  /** Path under scenarios/, e.g. "training/default-weekday-morning.json". */
  readonly file: string;
  readonly group: string;
  readonly text: string;
  /** From the JSON without validation (the worker validates); null when unreadable. */
  readonly title: { readonly fr: string; readonly en: string } | null;
}

export const defaultScenarioFile = 'training/default-weekday-morning.json';

const groupOrder = ['training', 'exam', 'validation'];

function titleOf(text: string): CatalogueEntry['title'] {
  try {
    const t = (JSON.parse(text) as { title?: { fr?: unknown; en?: unknown } }).title;
    return typeof t?.fr === 'string' && typeof t?.en === 'string' ? { fr: t.fr, en: t.en } : null;
  } catch {
    return null;
  }
}

export function buildCatalogue(files: Record<string, string>): CatalogueEntry[] {
  return Object.entries(files)
    .map(([path, text]) => {
      const file = path.replace(/^\/?scenarios\//, '');
      return { file, group: file.split('/')[0], text, title: titleOf(text) };
    })
    .sort((a, b) => {
      const g = (x: string) => (groupOrder.indexOf(x) + groupOrder.length + 1) % (groupOrder.length + 1);
      return g(a.group) - g(b.group) || (a.file === defaultScenarioFile ? -1 : b.file === defaultScenarioFile ? 1 : a.file.localeCompare(b.file));
    });
}

export const catalogue: readonly CatalogueEntry[] = buildCatalogue(raw);

/** The default scenario if bundled, else the first one. */
export function defaultEntry(entries: readonly CatalogueEntry[] = catalogue): CatalogueEntry | undefined {
  return entries.find((e) => e.file === defaultScenarioFile) ?? entries[0];
}
