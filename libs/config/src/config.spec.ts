import { ConfigError, INSECURE_DEV_BSN_HMAC_KEY, loadConfig } from './config';

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

  it('requires a BSN HMAC key of at least 32 characters in production only', () => {
    expect(loadConfig(valid).privacy.bsnHmacKey).toBe(INSECURE_DEV_BSN_HMAC_KEY);
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).privacy.bsnHmacKey).toBe(INSECURE_DEV_BSN_HMAC_KEY);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/BSN_HMAC_KEY/);
    expect(() => loadConfig({ ...valid, BSN_HMAC_KEY: 'short' })).toThrow(/BSN_HMAC_KEY/);
    const key = 'k'.repeat(32);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', BSN_HMAC_KEY: key }).privacy.bsnHmacKey).toBe(key);
  });

  it('defaults to the embedded search engine and requires MEILI_URL for meilisearch', () => {
    expect(loadConfig(valid).search).toEqual({ engine: 'embedded', meili: null });
    expect(() => loadConfig({ ...valid, SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_URL/);
    expect(() => loadConfig({ ...valid, SEARCH_ENGINE: 'elastic' })).toThrow(/SEARCH_ENGINE/);
    expect(() => loadConfig({ ...valid, MEILI_URL: 'localhost:7700' })).toThrow(/MEILI_URL/);
    const meili = loadConfig({ ...valid, SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'k' });
    expect(meili.search).toEqual({ engine: 'meilisearch', meili: { url: 'http://127.0.0.1:7700', apiKey: 'k' } });
  });
});
