import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestApi } from '@wsp/testing/api';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/lib/schema-sdl';

function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}:\n  committed: ${al[i] ?? '<end of file>'}\n  live:      ${bl[i] ?? '<end of file>'}`;
  }
  return 'none';
}

describe('committed GraphQL schema (apps/api/schema.gql)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('is exactly the schema the running API serves', () => {
    const live = schemaFileText(api.app.get(GraphQLSchemaHost).schema);
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing file: reported below
    }
    if (committed !== live) {
      const livePath = join(tmpdir(), 'wsp-schema.live.gql');
      writeFileSync(livePath, live);
      throw new Error(
        `apps/api/schema.gql is out of date with the API's live schema. Run \`npm run schema:generate\` and commit the result.\n` +
          `First difference at ${firstDifference(committed, live)}\n(live schema written to ${livePath})`,
      );
    }
  });
});
