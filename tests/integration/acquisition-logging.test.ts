/**
 * Acquisition logs are structured JSON and carry ids, never personal data: names, e-mail
 * addresses and phone numbers of contact persons must not appear in any log line.
 */
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { PasswordHasher, UserEntity } from '@wsp/auth';
import { createLogger, Role } from '@wsp/common';
import { createTestDatabase, dropTestDatabase, testConfig } from '@wsp/testing/harness';

const NAME = 'Hendrika Wilhelmina Oosterbroek';
const EMAIL = 'h.oosterbroek@voorbeeld-bakkerij.nl';
const PHONE = '+31 6 9876 5432';

describe('acquisition logging', () => {
  let app: INestApplication;
  let url: string;
  let db: { name: string; url: string };
  const lines: string[] = [];
  let writeSpy: jest.SpyInstance;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { LOG_LEVEL: 'log' });
    writeSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    app = await createApiApp(config, { logger: createLogger('log', 'api') });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    writeSpy.mockRestore();
    await app.close();
    await dropTestDatabase(db.name);
  });

  async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  it('logs acquisition events as JSON with ids only', async () => {
    const email = 'am-logging@test.wsp.nl';
    const password = 'correct-horse-battery-staple';
    await app.get(DataSource).getRepository(UserEntity).save({
      email, passwordHash: await new PasswordHasher().hash(password), displayName: 'Test AM', role: Role.ACCOUNTMANAGER, employerId: null, active: true,
    });
    const token = (await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password } })).login.accessToken;
    const employer = (
      await gql(
        'mutation($i: CreateEmployerInput!) { createEmployer(input: $i) { id } }',
        { i: { name: 'Bakkerij Oosterbroek', kvkNumber: '87654321', sbiSection: 'C', sizeClass: 'MICRO', postcode: '2511' } },
        token,
      )
    ).createEmployer;
    const contact = (
      await gql(
        'mutation($e: ID!, $i: EmployerContactInput!) { addEmployerContact(employerId: $e, input: $i) { id } }',
        { e: employer.id, i: { name: NAME, email: EMAIL, phone: PHONE, isPrimary: true } },
        token,
      )
    ).addEmployerContact;
    await gql(
      'mutation($i: RecordContactMomentInput!) { recordContactMoment(input: $i) { id } }',
      { i: { employerId: employer.id, type: 'CALL', occurredAt: new Date().toISOString(), contactPersonId: contact.id, outcome: `Gesproken met ${NAME}` } },
      token,
    );
    await gql('mutation($id: ID!, $i: UpdateEmployerContactInput!) { updateEmployerContact(id: $id, input: $i) { id } }', { id: contact.id, i: { name: `${NAME} Jr` } }, token);

    const records = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { context?: string; message?: Record<string, unknown> });
    const acquisition = records.filter((r) => r.context === 'Acquisition');
    expect(acquisition.map((r) => r.message?.msg)).toEqual(
      expect.arrayContaining(['employer created', 'employer contact added', 'contact moment recorded', 'employer contact updated']),
    );
    expect(acquisition.find((r) => r.message?.msg === 'employer contact added')?.message).toMatchObject({ employerId: employer.id, contactId: contact.id });
    const all = lines.join('');
    for (const secret of [NAME, 'Oosterbroek', EMAIL, PHONE]) expect(all).not.toContain(secret);
  });
});
