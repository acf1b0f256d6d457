/**
 * The one place that knows which scenario format the editor writes: the
 * schema version of exported files and where a channel's planning forecast
 * lives. Everything else in the editor goes through these functions.
 */
import { getAt, setAt, removeAt, type Json } from './docPath';

/** The schemaVersion the editor exports. */
export const exportSchemaVersion = 1;

/** Whether the format has a per-channel `forecast` (contacts per statistics interval). */
export const hasForecastField = (exportSchemaVersion as number) >= 2;

/** The channel's forecast row as written in the document, or null when it has none. */
export function readForecast(doc: Json, channelIndex: number): number[] | null {
  if (!hasForecastField) return null;
  const row = getAt(doc, ['channels', channelIndex, 'forecast']);
  return Array.isArray(row) && row.every((v) => typeof v === 'number') ? (row as number[]) : null;
}

/** Writes the forecast row (a no-op in a format without one); null removes it. */
export function writeForecast(doc: Json, channelIndex: number, row: readonly number[] | null): Json {
  if (!hasForecastField) return doc;
  return row === null ? removeAt(doc, ['channels', channelIndex, 'forecast']) : setAt(doc, ['channels', channelIndex, 'forecast'], [...row]);
}

/** The document as exported: stamped with the version the editor writes. */
export function toExportVersion(doc: Json): Json {
  return setAt(doc, ['schemaVersion'], exportSchemaVersion);
}
