/**
 * `npm run schema:generate`: writes apps/api/schema.gql, the API's GraphQL schema (SDL), from the
 * code-first resolvers. Needs no database. tests/e2e/schema.test.ts fails while it is stale.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildApiSchema, SCHEMA_FILE, schemaFileText } from './lib/schema-sdl';

async function main(): Promise<void> {
  const text = schemaFileText(await buildApiSchema());
  let previous = '';
  try {
    previous = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // first generation
  }
  const where = relative(process.cwd(), SCHEMA_FILE);
  if (previous === text) {
    console.log(`${where} is up to date`);
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${where}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
