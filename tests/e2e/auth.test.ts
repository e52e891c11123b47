import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';

describe('auth over GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('logs in and returns a signed, expiring token that identifies the user', async () => {
    const { token, userId } = await api.userToken(Role.ACCOUNTMANAGER);
    const [, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string; exp: number; iat: number };
    expect(claims.sub).toBe(userId);
    expect(claims.exp).toBeGreaterThan(claims.iat);
    const me = await api.gql('{ me { id role } }', {}, token);
    expect(me.data?.me).toEqual({ id: userId, role: 'ACCOUNTMANAGER' });
  });

  it('rejects a wrong password with UNAUTHENTICATED and does not reveal whether the e-mail exists', async () => {
    const wrong = await api.gql('mutation { login(input: { email: "nobody@test.wsp.nl", password: "whatever-long" }) { accessToken } }');
    expectErrorCode(wrong, 'UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('Onjuist e-mailadres of wachtwoord');
  });

  it('rejects a forged token', async () => {
    const { token } = await api.userToken(Role.ADMIN);
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expectErrorCode(await api.gql('{ me { id } }', {}, forged), 'UNAUTHENTICATED');
  });

  it('lets only admins list users', async () => {
    const am = await api.userToken(Role.ACCOUNTMANAGER);
    expectErrorCode(await api.gql('{ users(first: 5) { totalCount } }', {}, am.token), 'FORBIDDEN');
    const admin = await api.userToken(Role.ADMIN);
    const res = await api.gql('{ users(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } } }', {}, admin.token);
    expect(res.data?.users.totalCount).toBeGreaterThanOrEqual(2);
    expect(res.data?.users.nodes).toHaveLength(1);
    expect(res.data?.users.pageInfo.hasNextPage).toBe(true);
  });
});
