/**
 * `npm run schema`: writes public/scenario.schema.json, the scenario format as
 * a JSON Schema generated from the zod schema (a test checks it is up to date).
 */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { runMain } from './io';

export const SCHEMA_FILE = 'public/scenario.schema.json';

export function schemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}

runMain(import.meta.url, () => {
  writeFileSync(SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  return 0;
});
