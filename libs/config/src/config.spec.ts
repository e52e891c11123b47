import { ConfigError, loadConfig } from './config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/wsp',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('returns typed values with defaults', () => {
    const c = loadConfig(valid);
    expect(c.api.port).toBe(3000);
    expect(c.database.poolSize).toBe(10);
    expect(c.isProduction).toBe(false);
    expect(c.timeZone).toBe('Europe/Amsterdam');
  });

  it('names every missing or bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'abc', JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('REDIS_URL');
    expect(message).toContain('JWT_SECRET');
    expect(message).toContain('API_PORT');
  });

  it('rejects a non-postgres database URL and an unknown time zone', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...valid, TIME_ZONE: 'Mars/Olympus' })).toThrow(/TIME_ZONE/);
  });
});
