import { createDataSource } from '@wsp/database';
import { createTestDatabase, dropTestDatabase } from '@wsp/testing/harness';

/**
 * The committed migrations must describe exactly the TypeORM entities: on a database migrated
 * from scratch (the harness template), the schema builder finds nothing to change.
 */
describe('migrations vs entities', () => {
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await dropTestDatabase(db.name);
  });

  it('leaves no pending migration and no schema drift', async () => {
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      const { upQueries } = await ds.driver.createSchemaBuilder().log();
      if (upQueries.length > 0) {
        throw new Error(
          `The entities differ from the committed migrations; TypeORM would run:\n` +
            upQueries.map((q) => `  ${q.query};`).join('\n') +
            `\nGenerate a migration with \`npm run migration:generate -- <Name>\` (and register nothing by hand: it appends to migrations/index.ts).`,
        );
      }
    } finally {
      await ds.destroy();
    }
  });
});
