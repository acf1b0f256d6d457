/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the zod
 * schema so the two never disagree. Editors and other tools validate against
 * public/scenario.schema.json; what a JSON Schema cannot say (cross-references
 * between fields, the load limits) is still checked by the loader.
 */
import { z } from 'zod';
import { scenarioSchema, SCHEMA_VERSION } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: `urn:superviseur-sim:scenario:v${SCHEMA_VERSION}`,
    title: 'Contact-centre supervision scenario',
    description: `Scenario file, schemaVersion ${SCHEMA_VERSION}. Older versions are migrated by the simulator on load; the loader also checks cross-references and the size limits listed in the README.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
