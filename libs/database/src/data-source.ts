import { DataSource, DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { SafeTypeOrmLogger } from './safe-logger';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  applicationName?: string;
}

/** TypeORM options for the platform. Schema changes only ever come from committed migrations. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ALL_ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName ?? 'wsp',
    extra: { max: settings.poolSize },
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(['error', 'warn', 'migration']),
    maxQueryExecutionTime: 2_000,
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Applies every pending migration; returns the names of those it ran. */
export async function migrate(settings: DatabaseSettings): Promise<string[]> {
  const ds = createDataSource({ ...settings, poolSize: 2, applicationName: 'wsp-migrate' });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** Fails fast at boot when the database is behind the code. */
export async function assertNoPendingMigrations(ds: DataSource): Promise<void> {
  if (await ds.showMigrations()) {
    throw new Error('The database has pending migrations: run `npm run migrate` (the launcher does this for you).');
  }
}
