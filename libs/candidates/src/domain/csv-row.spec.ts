import { EducationLevel, ValidationError } from '@wsp/common';
import { BenefitType, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { readCsv } from './csv-file';
import { CsvColumn, mapHeader, mergeImportedRow, parseCsvDate, parseCsvRow } from './csv-row';

const BSN = '111222333';

const fullRow = (patch: Partial<Record<CsvColumn, string>> = {}): Partial<Record<CsvColumn, string>> => ({
  externalRef: 'KL-1',
  bsn: BSN,
  firstName: 'Sanne',
  lastName: 'de Vries',
  email: 'sanne@example.nl',
  phone: '0612345678',
  dateOfBirth: '12-04-1990',
  postcode: '2511 AB',
  mobility: 'fiets|OV',
  maxTravelMinutes: '',
  maxTravelReason: '',
  hoursMin: '16',
  hoursMax: '32',
  availableFrom: '2025-07-01',
  educationLevel: 'mbo 2',
  drivingLicence: 'nee',
  occupations: '',
  skills: '',
  lksStatus: 'LKS-MDP',
  benefitType: '',
  waitingSince: '',
  active: '',
  ...patch,
});

describe('CSV header', () => {
  it('matches column names case- and separator-insensitively', () => {
    const { columns, problems } = mapHeader(['ExternalRef', 'first_name', 'LASTNAME', 'postcode', 'mobility', 'hours min', 'hoursMax', 'availableFrom']);
    expect(problems).toEqual([]);
    expect(columns).toEqual(['externalRef', 'firstName', 'lastName', 'postcode', 'mobility', 'hoursMin', 'hoursMax', 'availableFrom']);
  });

  it('names unknown, duplicate and missing required columns', () => {
    const { problems } = mapHeader(['externalRef', 'externalRef', 'shoeSize']);
    expect(problems).toEqual(expect.arrayContaining(['Onbekende kolom "shoeSize"', 'Kolom externalRef komt twee keer voor', 'Verplichte kolom firstName ontbreekt']));
  });
});

describe('CSV row', () => {
  it('parses a complete row into state fields', () => {
    const { row, problems } = parseCsvRow(fullRow());
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      externalRef: 'KL-1',
      bsn: BSN,
      occupationRefs: [],
      skillRefs: null,
      keepWaitingSince: true,
      fields: {
        firstName: 'Sanne',
        dateOfBirth: '1990-04-12',
        homePostcode: '2511',
        mobility: [MobilityMode.BIKE, MobilityMode.PUBLIC_TRANSPORT],
        maxTravelMinutes: 90,
        maxTravelReason: null,
        hoursMin: 16,
        hoursMax: 32,
        educationLevel: EducationLevel.MBO_2,
        drivingLicence: false,
        lksStatus: LksStatus.LKS_MDP,
        benefitType: BenefitType.PARTICIPATIEWET,
        active: true,
      },
    });
  });

  it('reports every bad cell with its column and never echoes the BSN', () => {
    const { row, problems } = parseCsvRow(
      fullRow({ externalRef: '', bsn: '123456789', dateOfBirth: '31-02-1990', postcode: '251', mobility: 'raket', hoursMin: 'veel', educationLevel: 'PhD', drivingLicence: 'misschien' }),
    );
    expect(row).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['externalRef', 'bsn', 'dateOfBirth', 'postcode', 'mobility', 'hoursMin', 'educationLevel', 'drivingLicence']);
    expect(JSON.stringify(problems)).not.toContain('123456789');
  });

  it('distinguishes skills not recorded (empty) from recorded as none (GEEN)', () => {
    expect(parseCsvRow(fullRow({ skills: '' })).row?.skillRefs).toBeNull();
    expect(parseCsvRow(fullRow({ skills: 'geen' })).row?.skillRefs).toEqual([]);
    expect(parseCsvRow(fullRow({ skills: 'a| b |' })).row?.skillRefs).toEqual(['a', 'b']);
  });

  it('reads ISO and Dutch dates', () => {
    expect(parseCsvDate('2025-07-01')).toBe('2025-07-01');
    expect(parseCsvDate('1-7-2025')).toBe('2025-07-01');
    expect(parseCsvDate('01/07/2025')).toBe('2025-07-01');
    expect(parseCsvDate('2025-13-01')).toBeNull();
  });

  it('merges a row over the stored state: present columns win, absent ones and an empty waitingSince keep', () => {
    const cells = fullRow();
    delete cells.educationLevel;
    const { row } = parseCsvRow(cells);
    const created = mergeImportedRow(null, row!, { occupationIds: [], skillIds: null }, 'consultant', '2025-06-01');
    expect(created).toMatchObject({ consultantId: 'consultant', waitingSince: '2025-06-01', educationLevel: null, skillsKnown: false });
    const stored = { ...created, educationLevel: EducationLevel.HBO, waitingSince: '2023-01-01', skillIds: ['s'], skillsKnown: true, zorg: true };
    const updated = mergeImportedRow(stored, row!, { occupationIds: [], skillIds: null }, 'other', '2025-06-01');
    expect(updated).toMatchObject({ consultantId: 'consultant', educationLevel: EducationLevel.HBO, waitingSince: '2023-01-01', skillIds: [], skillsKnown: false, zorg: true });
  });
});

describe('CSV file', () => {
  const header = 'externalRef;firstName;lastName;postcode;mobility;hoursMin;hoursMax;availableFrom';

  it('detects the delimiter and reports the starting line of every row', () => {
    const text = `\uFEFF${header}\r\nA;Jan;Jansen;2511;BIKE;0;20;2025-01-01\r\n\r\nB;"Piet\r\nPaul";Pietersen;2511;WALK;0;20;2025-01-01\r\nC;too;few\r\n`;
    const { rows } = readCsv(text);
    expect(rows.map((r) => [r.line, r.cells?.externalRef ?? null, r.cellCount])).toEqual([
      [2, 'A', 8],
      [4, 'B', 8],
      [6, null, 3],
    ]);
    const comma = readCsv('externalRef,firstName,lastName,postcode,mobility,hoursMin,hoursMax,availableFrom\nA,Jan,"Jansen, J.",2511,BIKE,0,20,2025-01-01\n');
    expect(comma.rows[0].cells?.lastName).toBe('Jansen, J.');
  });

  it('refuses an empty file, a bad header, broken quoting and files over 5 MB', () => {
    expect(() => readCsv('')).toThrow(ValidationError);
    expect(() => readCsv('name;age\nx;1\n')).toThrow(/Onbekende kolom/);
    expect(() => readCsv(`${header}\nA;"Jan;x\n`)).toThrow(/geen geldige CSV/);
    expect(() => readCsv(`${header}\n${'x'.repeat(5 * 1024 * 1024)}`)).toThrow(/groter dan 5 MB/);
  });
});
