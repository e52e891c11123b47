import { readCsv } from './csv';
import { findReferenceDataDir } from './data-dir';
import { buildGeo, GEMEENTEN_COLUMNS, municipalityNameResolver, PC4_COLUMNS } from './geo';

const gm = (code: string, name: string, lat = '52', lon = '5', pop = '100') => ({
  gm_code: code, gemeente: name, lat_popw: lat, lon_popw: lon, inwoners_cbs_2021_certegis: pop,
});
const pc = (postcode: string, gemeente: string, extra: Partial<Record<string, string>> = {}) => ({
  postcode, gemeente, plaats: 'P', provincie: 'Noord-Holland', lat: '52.1', lon: '4.9',
  inwoners_kerncijfers_2020: '10', inwoners_83503NED_2021: '15', ...extra,
});

describe('municipalityNameResolver', () => {
  const resolve = municipalityNameResolver([
    { code: 'GM0363', name: 'Amsterdam' },
    { code: 'GM0373', name: 'Bergen (NH.)' },
    { code: 'GM0893', name: 'Bergen (L.)' },
    { code: 'GM0164', name: 'Hengelo (O.)' },
    { code: 'GM0855', name: 'Tilburg' },
    { code: 'GM0865', name: 'Vught' },
  ]);

  it('maps exact names, merged municipalities and unambiguous names without suffix', () => {
    expect(resolve('Amsterdam', '1011')).toBe('GM0363');
    expect(resolve('Weesp', '1381')).toBe('GM0363');
    expect(resolve('Hengelo', '7550')).toBe('GM0164');
    expect(resolve('Bergen (NH.)', '1861')).toBe('GM0373');
  });

  it('does not guess between municipalities that share a name', () => {
    expect(resolve('Bergen', '1861')).toBeUndefined();
  });

  it('maps a split municipality per PC4 and refuses PC4s it does not know', () => {
    expect(resolve('Haaren', '5074')).toBe('GM0855');
    expect(resolve('Haaren', '5268')).toBe('GM0865');
    expect(resolve('Haaren', '5000')).toBeUndefined();
  });
});

describe('buildGeo', () => {
  const gemeenten = [gm('GM0363', 'Amsterdam', '52.36', '4.89', '900'), gm('GM0439', 'Purmerend')];

  it('fails listing every municipality name it cannot map', () => {
    expect(() => buildGeo(gemeenten, [pc('1011', 'Amsterdam'), pc('1012', 'Atlantis'), pc('1013', 'Lemuria'), pc('1014', 'Atlantis')]))
      .toThrow('pc4: municipality names without a 2024 GM code: Atlantis, Lemuria');
  });

  it('derives a missing municipality from the nearest lower PC4 and a missing centroid from the municipality', () => {
    const geo = buildGeo(gemeenten, [
      pc('1441', 'Purmerend'),
      pc('1011', 'Amsterdam'),
      pc('1099', '', { lat: '', lon: '', plaats: '', provincie: '', inwoners_kerncijfers_2020: '', inwoners_83503NED_2021: '' }),
      pc('1098', '', { inwoners_83503NED_2021: '' }),
    ]);
    expect(geo.postcodes.map((p) => p.pc4)).toEqual(['1011', '1098', '1099', '1441']);
    const p1099 = geo.postcodes.find((p) => p.pc4 === '1099')!;
    expect(p1099).toEqual({ pc4: '1099', municipalityCode: 'GM0363', place: null, latitude: 52.36, longitude: 4.89, population: 0 });
    expect(geo.postcodes.find((p) => p.pc4 === '1098')!.population).toBe(10);
    expect(geo.derivedMunicipality).toEqual(['1098', '1099']);
    expect(geo.centroidFallback).toEqual(['1099']);
    expect(geo.municipalities.find((m) => m.code === 'GM0363')!.province).toBe('Noord-Holland');
  });

  it('maps the real 2020/2021 PC4 data onto the 342 municipalities of 2024', async () => {
    const dir = findReferenceDataDir();
    const geo = buildGeo(
      await readCsv(dir, 'geo/gemeenten_2024.csv', GEMEENTEN_COLUMNS),
      await readCsv(dir, 'geo/pc4_certegis.csv', PC4_COLUMNS),
    );
    expect(geo.municipalities).toHaveLength(342);
    expect(geo.postcodes).toHaveLength(4077);
    expect(geo.centroidFallback).toHaveLength(10);
    expect(geo.derivedMunicipality).toHaveLength(24);
    const code = (pc4: string) => geo.postcodes.find((p) => p.pc4 === pc4)?.municipalityCode;
    expect(['1381', '1382', '1383', '1384'].map(code)).toEqual(['GM0363', 'GM0363', 'GM0363', 'GM0363']);
    expect(code('2511')).toBe('GM0518');
    expect(code('3199')).toBe('GM0599'); // Maasvlakte: Rotterdam
    const used = new Set(geo.postcodes.map((p) => p.municipalityCode));
    expect(geo.municipalities.filter((m) => !used.has(m.code))).toEqual([]);
    expect(geo.municipalities.filter((m) => m.province === null)).toEqual([]);
  });
});
