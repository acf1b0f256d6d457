/**
 * The one place that knows which scenario format the editor writes: the
 * schema version of exported files and where a channel's planning forecast
 * lives. Everything else in the editor goes through these functions.
 */
import { migrateScenario } from '../../sim/scenario/migrations';
import { SCHEMA_VERSION } from '../../sim/scenario/schema';
import { getAt, setAt, removeAt, type Json } from './docPath';

/** The schemaVersion the editor writes: the engine's current one. */
export const exportSchemaVersion = SCHEMA_VERSION;

/** The channel's forecast row as written in the document, or null when it has none. */
export function readForecast(doc: Json, channelIndex: number): number[] | null {
  const row = getAt(doc, ['channels', channelIndex, 'forecast']);
  return Array.isArray(row) && row.every((v) => typeof v === 'number') ? (row as number[]) : null;
}

/** Writes the forecast row; null removes it (the forecast is then the expected arrivals). */
export function writeForecast(doc: Json, channelIndex: number, row: readonly number[] | null): Json {
  return row === null ? removeAt(doc, ['channels', channelIndex, 'forecast']) : setAt(doc, ['channels', channelIndex, 'forecast'], [...row]);
}

/**
 * The document in the current format, by the engine's own migrations (an older
 * file gains what the new version adds, e.g. its forecasts). A document the
 * migrations cannot read is returned as it is: validation then names why.
 */
export function toCurrentVersion(doc: Json): Json {
  const migrated = migrateScenario(doc);
  return 'problem' in migrated ? doc : (migrated.doc as Json);
}

/** The document as exported: in the current format, stamped with its version. */
export function toExportVersion(doc: Json): Json {
  return setAt(toCurrentVersion(doc), ['schemaVersion'], exportSchemaVersion);
}
