/**
 * `npm run migrate`: applies the committed migrations to DATABASE_URL (real deployments run this
 * once per release, before the new API and worker start; see infra/). Exits non-zero on failure.
 */
import 'reflect-metadata';
import { migrate } from '@wsp/database';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('DATABASE_URL is required (postgres://user:pass@host:port/db)');
    process.exit(78); // EX_CONFIG
  }
  const started = Date.now();
  const ran = await migrate({ url, poolSize: 2 });
  console.log(
    JSON.stringify({
      level: 'log',
      context: 'migrate',
      msg: ran.length ? 'migrations applied' : 'database schema is up to date',
      migrations: ran,
      ms: Date.now() - started,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', context: 'migrate', msg: 'migration failed', error: e instanceof Error ? e.stack : String(e) }));
  process.exit(1);
});
