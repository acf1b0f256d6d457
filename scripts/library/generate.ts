/**
 * `npm run scenarios`: writes every library scenario (scripts/library/specs/)
 * to its file under scenarios/. The files are shipped; a test regenerates them
 * in memory and checks they equal what is on disk.
 */
import { writeFileSync } from 'node:fs';
import { fileText } from './build';
import { library } from './index';

for (const entry of library) {
  writeFileSync(entry.file, fileText(entry.build()));
  process.stdout.write(`wrote ${entry.file}\n`);
}
