import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { Role } from '@wsp/common';
import { PasswordHasher, UserEntity } from '@wsp/auth';
import { createTestDatabase, dropTestDatabase, testConfig } from './harness';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
}

/** A running API on its own database, driven over real HTTP. */
export class TestApi {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly db: { name: string; url: string },
  ) {}

  static async start(configOverrides: Record<string, string> = {}): Promise<TestApi> {
    const db = await createTestDatabase();
    const app = await createApiApp(testConfig(db.url, configOverrides), { logger: false });
    await app.listen(0, '127.0.0.1');
    const addr = app.getHttpServer().address() as { port: number };
    return new TestApi(app, `http://127.0.0.1:${addr.port}`, db);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await dropTestDatabase(this.db.name);
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  }

  /** Creates a user directly in the database and logs in over GraphQL; returns the token. */
  async userToken(role: Role, opts: { employerId?: string; email?: string } = {}): Promise<{ token: string; userId: string }> {
    const email = opts.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@test.wsp.nl`;
    const password = 'correct-horse-battery-staple';
    const hash = await new PasswordHasher().hash(password);
    const user = await this.dataSource.getRepository(UserEntity).save({
      email, passwordHash: hash, displayName: `Test ${role}`, role, employerId: opts.employerId ?? null, active: true,
    });
    const res = await this.gql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return { token: res.data.login.accessToken, userId: user.id };
  }
}

/** Asserts that a GraphQL result failed with exactly this error code. */
export function expectErrorCode(res: GqlResult<unknown>, code: string): void {
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (!codes.includes(code)) {
    throw new Error(`expected error ${code}, got ${JSON.stringify(res.errors ?? res.data)}`);
  }
}
