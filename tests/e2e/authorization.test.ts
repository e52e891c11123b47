/**
 * Deny by default, checked over the whole live schema: every Query and Mutation has a resolver
 * method with @Roles(...) or @Public(), and every non-public operation, called without a token
 * with well-typed arguments, is answered by the guard with UNAUTHENTICATED.
 *
 * Order of checks in Nest: GraphQL variable coercion (types) runs before execution; during
 * execution guards run before pipes, so the ValidationPipe (class-validator) never sees a request
 * the guard refused. The arguments built here are therefore only type-correct, not meaningful.
 */
import { ModulesContainer, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  isCompositeType,
} from 'graphql';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@wsp/auth';
import { expectErrorCode, TestApi } from '@wsp/testing/api';

/** Operations that may be called without a token. Adding one here is a security decision. */
const PUBLIC_OPERATIONS = new Set(['Mutation.login']);

interface OperationAuth {
  className: string;
  methodName: string;
  isPublic: boolean;
  roles: string[];
}

/** Every resolver method bound to a root field, keyed `Query.name` / `Mutation.name`. */
function resolverOperations(api: TestApi): Map<string, OperationAuth[]> {
  const scanner = new MetadataScanner();
  const found = new Map<string, OperationAuth[]>();
  const seen = new Set<unknown>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || seen.has(instance.constructor)) continue;
      seen.add(instance.constructor);
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const methodName of scanner.getAllMethodNames(proto)) {
        const method = proto[methodName] as object;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
        const isPublic = (Reflect.getMetadata(IS_PUBLIC_KEY, method) ?? Reflect.getMetadata(IS_PUBLIC_KEY, instance.constructor)) === true;
        const roles = (Reflect.getMetadata(ROLES_KEY, method) ?? Reflect.getMetadata(ROLES_KEY, instance.constructor) ?? []) as string[];
        const key = `${kind}.${name}`;
        found.set(key, [...(found.get(key) ?? []), { className: instance.constructor.name, methodName, isPublic, roles }]);
      }
    }
  }
  return found;
}

function rootFields(schema: GraphQLSchema): { key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const out: { key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ key: `${type!.name}.${field.name}`, kind, field });
  }
  return out;
}

/** A value of the scalar that its own parseValue accepts (custom scalars included). */
function scalarValue(type: GraphQLScalarType): unknown {
  const candidates: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: false,
  };
  const tries = [candidates[type.name], '2025-01-02', '2025-01-02T03:04:05.000Z', '00000000-0000-4000-8000-000000000000', 1, 'x', true, {}];
  for (const value of tries) {
    if (value === undefined) continue;
    try {
      type.parseValue(value);
      return value;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`no test value for scalar ${type.name}: add one to scalarValue()`);
}

/** A minimal type-correct value: required fields only, empty lists, first enum value. */
function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (depth > 10) throw new Error('input types nested too deep');
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, depth);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLScalarType) return scalarValue(type);
  if (type instanceof GraphQLInputObjectType) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (f.type instanceof GraphQLNonNull && f.defaultValue === undefined) obj[f.name] = valueFor(f.type, depth + 1);
    }
    return obj;
  }
  throw new Error(`unsupported input type ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);
  const variables: Record<string, unknown> = {};
  for (const a of required) variables[a.name] = valueFor(a.type);
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind} Probe${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

describe('authorization of every GraphQL operation', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await TestApi.start();
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('finds the operations (the probe itself works)', () => {
    const keys = rootFields(schema).map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['Mutation.login', 'Query.me', 'Mutation.createUser']));
    expect(schema.getQueryType()).toBeInstanceOf(GraphQLObjectType);
  });

  it('has @Roles (non-empty) or @Public on the resolver method of every Query and Mutation', () => {
    const ops = resolverOperations(api);
    const problems: string[] = [];
    for (const { key } of rootFields(schema)) {
      const impls = ops.get(key);
      if (!impls?.length) {
        problems.push(`${key}: no resolver method found`);
        continue;
      }
      for (const op of impls) {
        const where = `${key} (${op.className}.${op.methodName})`;
        if (op.isPublic && op.roles.length) problems.push(`${where}: both @Public and @Roles`);
        if (!op.isPublic && op.roles.length === 0) problems.push(`${where}: neither @Roles(...) nor @Public()`);
        if (op.isPublic && !PUBLIC_OPERATIONS.has(key)) problems.push(`${where}: @Public but not in PUBLIC_OPERATIONS of this test`);
      }
    }
    if (problems.length) throw new Error(`Authorization metadata problems:\n  ${problems.join('\n  ')}`);
  });

  it('answers every non-public operation without a token with UNAUTHENTICATED', async () => {
    const problems: string[] = [];
    let probed = 0;
    for (const { key, kind, field } of rootFields(schema)) {
      if (PUBLIC_OPERATIONS.has(key)) continue;
      const { query, variables } = operationFor(kind, field);
      const res = await api.gql(query, variables);
      probed++;
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      if (codes.length !== 1 || codes[0] !== 'UNAUTHENTICATED' || (res.data && res.data[field.name] != null)) {
        problems.push(`${key}: ${JSON.stringify(res.errors ?? res.data)}\n    ${query} ${JSON.stringify(variables)}`);
      }
    }
    expect(probed).toBeGreaterThan(2);
    if (problems.length) throw new Error(`Operations not refused with UNAUTHENTICATED:\n  ${problems.join('\n  ')}`);
  });

  it('refuses before input validation: invalid createUser input without a token is UNAUTHENTICATED', async () => {
    const before = await api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    const res = await api.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'not-an-email', password: 'short', displayName: '', role: 'ADMIN' },
    });
    expectErrorCode(res, 'UNAUTHENTICATED');
    const after = await api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    expect(after[0].n).toBe(before[0].n);
  });

  it('still lets login through without a token (the one public operation)', async () => {
    const res = await api.gql('mutation { login(input: { email: "nobody@test.wsp.nl", password: "x" }) { accessToken } }');
    // Reaches the resolver: wrong credentials, not a missing token.
    expectErrorCode(res, 'UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('Onjuist e-mailadres of wachtwoord');
  });
});
