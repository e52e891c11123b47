import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findReferenceDataDir } from './data-dir';

const ROOT = resolve(__dirname, '../../../..');

describe('findReferenceDataDir', () => {
  it('finds data/reference from the sources and from the compiled output', () => {
    const expected = join(ROOT, 'data', 'reference');
    expect(existsSync(join(expected, 'geo', 'pc4_certegis.csv'))).toBe(true);
    expect(findReferenceDataDir()).toBe(expected);
    expect(findReferenceDataDir(join(ROOT, 'dist', 'libs', 'reference-data', 'src', 'loader'))).toBe(expected);
  });

  it('fails clearly when there is no data folder above the start', () => {
    expect(() => findReferenceDataDir('/')).toThrow(/Reference data folder .* not found above \//);
  });
});
