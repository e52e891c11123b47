import { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, SCALAR_NAME_METADATA } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { loadConfig } from '@wsp/config';
import { AppModule } from '../../apps/api/src/app.module';

/** The committed SDL of the API (checked against the running API by tests/e2e/schema.test.ts). */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'apps', 'api', 'schema.gql');

const HEADER = '# The GraphQL schema of the API, generated from the code-first resolvers.\n# Do not edit: run `npm run schema:generate` after changing resolvers or models.\n\n';

/** The SDL text as committed: sorted, so that it only changes when the schema does. */
export function schemaFileText(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * Every provider class anywhere in the module tree (read from module metadata, nothing is
 * instantiated), and the scalar classes among them. Like GraphQLModule, we hand every provider
 * class to the schema factory, which keeps those with resolver metadata (`@Resolver()` without a
 * type leaves no class-level value to filter on).
 */
function collectGraphQLClasses(root: ModuleRef): { resolvers: Type[]; scalars: Type[] } {
  const providerClasses = new Set<Type>();
  const scalars = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || seen.has(ref) || ref instanceof Promise) return;
    seen.add(ref);
    if ('forwardRef' in ref) return visit(ref.forwardRef() as ModuleRef);
    const cls: Type | undefined = typeof ref === 'function' ? ref : ref.module;
    const dynamic = typeof ref === 'function' ? undefined : ref;
    const imports: ModuleRef[] = [...((cls && Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls)) ?? []), ...(dynamic?.imports ?? [])];
    const providers: Provider[] = [...((cls && Reflect.getMetadata(MODULE_METADATA.PROVIDERS, cls)) ?? []), ...(dynamic?.providers ?? [])];
    for (const p of providers) {
      const target = typeof p === 'function' ? p : 'useClass' in p ? p.useClass : undefined;
      if (!target) continue;
      providerClasses.add(target);
      if (Reflect.getMetadata(SCALAR_NAME_METADATA, target) !== undefined) scalars.add(target);
    }
    if (cls && cls !== ref) visit(cls);
    imports.forEach(visit);
  };
  visit(root);
  return { resolvers: [...providerClasses], scalars: [...scalars] };
}

/**
 * Builds the API's schema without a database or Redis: the resolver classes are collected from
 * AppModule's module tree and handed to GraphQLSchemaFactory, which is what GraphQLModule does.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  // Only the shape of AppModule matters here; nothing connects anywhere.
  const config = loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    REDIS_URL: 'redis://127.0.0.1:1',
    JWT_SECRET: 'schema-generation-only-'.padEnd(40, 'x'),
  });
  const { resolvers, scalars } = collectGraphQLClasses(AppModule.forRoot(config));
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    return await app.get(GraphQLSchemaFactory).create(resolvers, scalars);
  } finally {
    await app.close();
  }
}
