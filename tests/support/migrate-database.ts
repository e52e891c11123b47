/**
 * Applies the committed migrations to the database at argv[2]. Run as a child process by the
 * global setup: loading the entities (and with them Nest's GraphQL decorators) into Jest's outer
 * realm would break the decorator metadata of test files that Jest runs in band.
 */
import 'reflect-metadata';
import { migrate } from '@wsp/database';

const url = process.argv[2];
if (!url) throw new Error('usage: migrate-database.ts <postgres-url>');
migrate({ url, poolSize: 2 })
  .then((ran) => console.log(`[harness] applied ${ran.length} migrations`))
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
