/**
 * A saved supervision session: everything needed to rebuild it by replay
 * (scenario text, seed, the applied commands with their `at`, the simulated
 * time reached) and what the session list shows (title, saved-at, ended).
 * The same record is stored in the browser and exported as a file
 * (`superviseur-sim/session@1`); an imported file is checked field by field,
 * and each command against the engine's own command schema, before anything is
 * written.
 */
import { z } from 'zod';
import { commandSchema } from '../../sim/commands';
import { jsonPath } from '../../sim/scenario/problems';

export const SESSION_FORMAT = 'superviseur-sim/session@1';

/** How many saved sessions are kept (the most recent by saved-at). */
export const SESSION_LIMIT = 20;

/** A command as the log keeps it: its own fields, and `at` in seconds since the start of the shift. */
const loggedCommand = z.looseObject({ type: z.string().min(1), at: z.number().finite().nonnegative() });

export const sessionRecordSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  id: z.string().min(1),
  title: z.strictObject({ fr: z.string(), en: z.string() }),
  scenario: z.strictObject({ id: z.string().min(1), file: z.string().min(1), text: z.string().min(1) }),
  seed: z.number().int().nonnegative(),
  /** Seconds since midnight at the start of the shift, to show the clock without parsing the scenario. */
  dayStart: z.number().finite().nonnegative(),
  /** Simulated seconds since the start of the shift the session had reached. */
  clock: z.number().finite().nonnegative(),
  ended: z.boolean(),
  /** A multi-day campaign: the day reached (1-based; `clock` is within it, and each command carries its `day`). */
  day: z.number().int().positive().optional(),
  commands: z.array(loggedCommand),
  /** Wall-clock time of the save (ISO 8601). */
  savedAt: z.iso.datetime({ offset: true }),
});

export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What the session list shows of a record (the scenario text stays in the store). */
export interface SessionMeta {
  readonly id: string;
  readonly title: SessionRecord['title'];
  readonly clockSeconds: number;
  readonly ended: boolean;
  readonly savedAt: string;
  readonly commandCount: number;
}

export function metaOf(record: SessionRecord): SessionMeta {
  return { id: record.id, title: record.title, clockSeconds: record.dayStart + record.clock, ended: record.ended, savedAt: record.savedAt, commandCount: record.commands.length };
}

/** Newest first. */
export function byRecency(a: { savedAt: string }, b: { savedAt: string }): number {
  return Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);
}

export type ParsedSession = { readonly ok: true; readonly record: SessionRecord } | { readonly ok: false; readonly problems: readonly string[] };

/** Reads an exported session file; every problem is named with its JSON path. */
export function parseSessionFile(text: string): ParsedSession {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (json === null || typeof json !== 'object' || format !== SESSION_FORMAT) {
    return { ok: false, problems: [`$.format: expected "${SESSION_FORMAT}", got ${format === undefined ? 'nothing' : JSON.stringify(format)}`] };
  }
  const parsed = sessionRecordSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`) };
  const problems: string[] = [];
  parsed.data.commands.forEach((c, index) => {
    // A campaign's command carries its day, which the one-day command schema does not know.
    const { day, ...command } = c;
    if (day !== undefined && !(typeof day === 'number' && Number.isInteger(day) && day >= 1)) problems.push(`${jsonPath(['commands', index, 'day'])}: a day of the run from 1, got ${JSON.stringify(day)}`);
    const checked = commandSchema.safeParse(command);
    if (!checked.success) for (const i of checked.error.issues) problems.push(`${jsonPath(['commands', index, ...i.path])}: ${i.message}`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: parsed.data };
}

/** The export file's text: the record itself, readable. */
export function sessionFileText(record: SessionRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** e.g. "session-default-weekday-morning-0942.json" (the simulated clock reached). */
export function sessionFileName(record: SessionRecord): string {
  const t = Math.floor(record.dayStart + record.clock);
  const hhmm = `${String(Math.floor(t / 3600) % 24).padStart(2, '0')}${String(Math.floor(t / 60) % 60).padStart(2, '0')}`;
  return `session-${record.scenario.id}-${hhmm}.json`;
}
