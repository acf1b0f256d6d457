/**
 * The JSON Schema shipped in public/ is the zod schema's own output, and every
 * shipped scenario validates against it (a second, independent validator).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../../../sim/cli/schema';

const files = ['scenarios/training', 'scenarios/exam', 'scenarios/validation']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));
const shipped = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(shipped);
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('the scenario JSON Schema', () => {
  it('is up to date with the zod schema (regenerate with `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it.each(files)('%s validates against it', (file) => {
    const ok = validate(read(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses what the loader refuses: an unknown field, a wrong type, a bad id', () => {
    const good = read('scenarios/training/default-weekday-morning.json');
    expect(validate({ ...good, colour: 'blue' })).toBe(false);
    expect(validate({ ...good, seed: 'seven' })).toBe(false);
    expect(validate({ ...good, id: 'Not An Id' })).toBe(false);
    expect(validate({ ...good, schemaVersion: 1 })).toBe(false); // a version-1 file is migrated by the loader, not described here
  });
});
