import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

async function post(api: TestApi, body: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

async function getLandingPage(api: TestApi): Promise<{ status: number; contentType: string; body: string }> {
  const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
}

describe('GraphQL hygiene', () => {
  describe('in development, with tight limits', () => {
    let api: TestApi;
    let token: string;
    beforeAll(async () => {
      api = await TestApi.start({ NODE_ENV: 'development', GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '40' });
      token = (await api.userToken(Role.ADMIN)).token;
    });
    afterAll(async () => {
      await api.stop();
    });

    it('runs queries within the limits', async () => {
      const res = await api.gql('{ users(first: 2) { nodes { id } } }', {}, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.users.nodes.length).toBeGreaterThan(0);
    });

    it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH with BAD_USER_INPUT', async () => {
      const res = await api.gql('{ users(first: 1) { edges { node { id } } } }', {}, token);
      expect(res.status).toBe(400);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/te diep genest \(4 > 3\)/);
      expect(res.data ?? null).toBeNull();
    });

    it('counts fragments towards the depth', async () => {
      const res = await api.gql('query { users(first: 1) { ...E } } fragment E on UserConnection { edges { node { id } } }', {}, token);
      expectErrorCode(res, 'BAD_USER_INPUT');
    });

    it('refuses a query more complex than GRAPHQL_MAX_COMPLEXITY with BAD_USER_INPUT', async () => {
      const res = await api.gql('{ users(first: 50) { nodes { id email } } }', {}, token);
      expect(res.status).toBe(400);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/te complex/);
      expect(res.data ?? null).toBeNull();
    });

    it('allows introspection', async () => {
      const res = await api.gql(INTROSPECTION);
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.queryType.name).toBe('Query');
    });

    it('serves the landing page on GET /graphql', async () => {
      const page = await getLandingPage(api);
      expect(page.status).toBe(200);
      expect(page.contentType).toMatch(/text\/html/);
      expect(page.body).toMatch(/apollo/i);
    });

    it('answers an unknown field with a GraphQL validation error, not a 500', async () => {
      const res = await post(api, JSON.stringify({ query: '{ me { id doesNotExist } }' }));
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.json.errors[0].message).toMatch(/doesNotExist/);
    });

    it('answers a syntax error with GRAPHQL_PARSE_FAILED, not a 500', async () => {
      const res = await post(api, JSON.stringify({ query: '{ me { id ' }));
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers a body that is not JSON with a 400, not a 500', async () => {
      const res = await post(api, '{"query": "{ me { id } }"');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).not.toMatch(/at .*\.js:\d+/); // no stack trace
    });

    it('answers wrongly typed variables with BAD_USER_INPUT, not a 500', async () => {
      for (const body of [
        { query: 'query($n: Int) { users(first: $n) { totalCount } }', variables: { n: 'many' } },
        { query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { email: 1 } } },
      ]) {
        const res = await post(api, JSON.stringify(body));
        expect(res.status).toBe(400);
        expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('in production', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await TestApi.start({ NODE_ENV: 'production', BSN_HMAC_KEY: 'test-bsn-hmac-key-that-is-long-enough-0123' });
    });
    afterAll(async () => {
      await api.stop();
    });

    it('refuses introspection', async () => {
      const res = await api.gql(INTROSPECTION);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('does not serve the landing page on GET /graphql', async () => {
      const page = await getLandingPage(api);
      expect(page.contentType).not.toMatch(/text\/html/);
      expect(page.body).not.toMatch(/<html/i);
      expect(page.status).toBeGreaterThanOrEqual(400);
    });

    it('still serves normal operations', async () => {
      const res = await api.gql('mutation { login(input: { email: "nobody@test.wsp.nl", password: "x" }) { accessToken } }');
      expectErrorCode(res, 'UNAUTHENTICATED');
    });
  });
});
