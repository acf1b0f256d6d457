/**
 * Scenario format migrations. Each step takes a file of version N to N + 1 on
 * the raw JSON, before validation, so an old file is read exactly as its
 * author meant and then checked by today's schema. Steps are never edited once
 * shipped: a new format is a new step (the model is tldraw's store migrations).
 */
import { arrivalsSchema, clockTime } from './schema';
import { arrivalsPerInterval } from './forecast';
import { SCHEMA_VERSION } from './schema';
import type { ScenarioProblem } from './problems';

type Json = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  readonly from: number;
  /** What changed, for the README and the tests. */
  readonly change: string;
  up(doc: Json): Json;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The v1 file's interval length and clock, when they are well formed (else the schema will say why). */
function dayOf(doc: Json): { clock: { start: string; end: string }; intervalMinutes: number } | null {
  const clock = doc.clock;
  if (!isObject(clock) || !clockTime.safeParse(clock.start).success || !clockTime.safeParse(clock.end).success) return null;
  const stats = isObject(doc.stats) ? doc.stats : {};
  const minutes = stats.intervalMinutes ?? 30;
  if (typeof minutes !== 'number' || !(minutes > 0)) return null;
  return { clock: { start: clock.start as string, end: clock.end as string }, intervalMinutes: minutes };
}

export const migrations: readonly Migration[] = [
  {
    from: 1,
    change: 'adds `purpose` (from the id: "exam-…" is an exam, "validation-…" a validation case) and writes each channel\'s forecast per interval from its arrivals',
    up(doc) {
      const id = typeof doc.id === 'string' ? doc.id : '';
      const purpose = id.startsWith('exam-') ? 'exam' : id.startsWith('validation-') ? 'validation' : 'training';
      const day = dayOf(doc);
      const channels = Array.isArray(doc.channels)
        ? doc.channels.map((c: unknown) => {
            if (!isObject(c) || c.forecast !== undefined || !day) return c;
            const arrivals = arrivalsSchema.safeParse(c.arrivals);
            if (!arrivals.success) return c;
            return { ...c, forecast: arrivalsPerInterval(arrivals.data, day.clock, day.intervalMinutes) };
          })
        : doc.channels;
      const { schemaVersion: _v, id: _id, ...rest } = doc;
      return { schemaVersion: 2, id: doc.id, purpose: doc.purpose ?? purpose, ...rest, channels };
    },
  },
];

/**
 * Brings a parsed file up to SCHEMA_VERSION. Returns the migrated document,
 * or the problem that stops it (no version, or one newer than this code).
 */
export function migrateScenario(input: unknown): { doc: unknown; from: number } | { problem: ScenarioProblem } {
  if (!isObject(input)) return { doc: input, from: SCHEMA_VERSION }; // the schema names what is wrong
  const version = input.schemaVersion;
  if (version === undefined) return { problem: { path: '$.schemaVersion', message: `missing (expected a version from 1 to ${SCHEMA_VERSION})` } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { problem: { path: '$.schemaVersion', message: `expected a version from 1 to ${SCHEMA_VERSION}, got ${JSON.stringify(version).slice(0, 40)}` } };
  }
  if (version > SCHEMA_VERSION) {
    return { problem: { path: '$.schemaVersion', message: `version ${version} is newer than this simulator reads (${SCHEMA_VERSION}): update the simulator` } };
  }
  let doc: Json = input;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no scenario migration from version ${v}`);
    doc = step.up(doc);
  }
  return { doc, from: version };
}
