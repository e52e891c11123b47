/**
 * Generates a migration from the difference between the committed migrations and the entities.
 *   npm run migration:generate -- <Name>
 * It starts a throw-away PostgreSQL 15 (scripts/lib/local-postgres.ts), applies the committed
 * migrations, asks TypeORM's schema builder what is missing and writes
 * libs/database/src/migrations/<timestamp>-<Name>.ts. Register the class in migrations/index.ts.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalPostgres } from './lib/local-postgres';

const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

const LOCK = '/tmp/wsp-migration-generate.lock';

/** Serialises generators run in parallel from one work tree: each diff must see the previous one. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (i > 600) throw new Error(`Lock ${LOCK} held for 10 minutes; remove it if no generator runs.`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Appends the class to the explicit MIGRATIONS list. */
function register(className: string, fileBase: string): void {
  const index = join(__dirname, '..', 'libs', 'database', 'src', 'migrations', 'index.ts');
  const lines = readFileSync(index, 'utf8').split('\n');
  const lastImport = lines.map((l) => l.startsWith('import ')).lastIndexOf(true);
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${fileBase}';`);
  const close = lines.lastIndexOf('];');
  lines.splice(close, 0, `  ${className},`);
  writeFileSync(index, lines.join('\n'));
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
  await withLock(() => generate(name));
}

async function generate(name: string): Promise<void> {
  // Fresh import inside the lock: the entity list and the migrations are read as they are now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDataSource } = require('@wsp/database') as typeof import('@wsp/database');
  const pg = await startLocalPostgres();
  try {
    const ds = createDataSource({ url: pg.url('postgres'), poolSize: 2 });
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const ts = Date.now();
    const className = `${name}${ts}`;
    // TypeORM emits CREATE TYPE once per column when several tables share an enumName: keep the
    // first, and drop types only after every table of down() is gone.
    const seenTypes = new Set<string>();
    sql.upQueries = sql.upQueries.filter((x) => {
      const m = /^CREATE TYPE "[^"]+"\."([^"]+)"/.exec(x.query);
      if (!m) return true;
      if (seenTypes.has(m[1])) return false;
      seenTypes.add(m[1]);
      return true;
    });
    const isDropType = (x: { query: string }) => x.query.startsWith('DROP TYPE');
    const droppedTypes = new Set<string>();
    const dropTypes = sql.downQueries.filter(isDropType).filter((x) => !droppedTypes.has(x.query) && droppedTypes.add(x.query));
    sql.downQueries = [...dropTypes, ...sql.downQueries.filter((x) => !isDropType(x))];
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.join('\n')}
  }
}
`;
    const file = join(__dirname, '..', 'libs', 'database', 'src', 'migrations', `${ts}-${name}.ts`);
    writeFileSync(file, body);
    register(className, `${ts}-${name}`);
    console.log(`Wrote ${file} and registered ${className} in migrations/index.ts`);
  } finally {
    await pg.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
