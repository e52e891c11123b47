import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Relative to the project root; the files are committed there (see data/reference/README.md). */
export const REFERENCE_DATA_SUBDIR = join('data', 'reference');

/**
 * The `data/reference` folder of the project: found by walking up from `startDir` (this file's
 * folder by default), so it works from the TypeScript sources (`libs/reference-data/src/loader`)
 * and from the compiled output (`dist/libs/reference-data/src/loader`) alike.
 */
export function findReferenceDataDir(startDir: string = __dirname): string {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, REFERENCE_DATA_SUBDIR);
    if (existsSync(join(candidate, 'geo')) && existsSync(join(candidate, 'esco'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Reference data folder ${REFERENCE_DATA_SUBDIR} not found above ${resolve(startDir)}`);
    }
    dir = parent;
  }
}
