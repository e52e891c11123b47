import { readCsv } from './csv';
import { findReferenceDataDir } from './data-dir';
import { buildIscoGroups, buildOccupations, buildOccupationSkills, buildSkills, escoIdFromUri, ISCO_COLUMNS, splitLabels } from './esco';

const OCC = '00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const SKILL = 'fed5b267-73fa-461d-9f69-827c78beb39d';

describe('ESCO parsing', () => {
  it('takes the uuid at the end of a concept URI and refuses anything else', () => {
    expect(escoIdFromUri(`http://data.europa.eu/esco/occupation/${OCC}`)).toBe(OCC);
    expect(() => escoIdFromUri('http://data.europa.eu/esco/isco/C0110')).toThrow(/does not end in a uuid/);
  });

  it('splits alternative labels on "|" without blanks or duplicates', () => {
    expect(splitLabels('a| b ||a|c')).toEqual(['a', 'b', 'c']);
    expect(splitLabels('')).toEqual([]);
  });

  it('builds occupations with a 4-digit ISCO group', () => {
    const row = {
      conceptUri: `http://data.europa.eu/esco/occupation/${OCC}`, iscoGroup: '2654', code: '2654.1.7',
      preferredLabel_nl: 'inspiciënt', altLabels_nl: 'toneelmeester|chef-inspiciënt', preferredLabel_en: 'technical director',
      description_nl: 'Regel 1\nRegel 2',
    };
    expect(buildOccupations([row])).toEqual([{
      id: OCC, conceptUri: row.conceptUri, iscoGroup: '2654', code: '2654.1.7', labelNl: 'inspiciënt',
      altLabelsNl: ['toneelmeester', 'chef-inspiciënt'], labelEn: 'technical director', descriptionNl: 'Regel 1\nRegel 2',
    }]);
    expect(() => buildOccupations([{ ...row, iscoGroup: '265' }])).toThrow(/not 4 digits/);
  });

  it('fills a missing skill type from the relations', () => {
    const skill = { conceptUri: `http://data.europa.eu/esco/skill/${SKILL}`, skillType: '', reuseLevel: '', preferredLabel_en: 'x', altLabels_en: '' };
    expect(buildSkills([skill], [{ occ_uuid: OCC, rel: 'O', skill_type: 'K', skill_uuid: SKILL }])[0]).toMatchObject({ skillType: 'knowledge', reuseLevel: null });
    expect(buildSkills([skill], [])[0].skillType).toBe('skill/competence');
  });

  it("marks 'E' relations essential and skips relations to unknown concepts", () => {
    const { relations, skipped } = buildOccupationSkills(
      [
        { occ_uuid: OCC, rel: 'E', skill_type: 'K', skill_uuid: SKILL },
        { occ_uuid: OCC, rel: 'O', skill_type: 'S', skill_uuid: OCC },
        { occ_uuid: SKILL, rel: 'E', skill_type: 'S', skill_uuid: SKILL },
      ],
      new Set([OCC]),
      new Set([SKILL, OCC]),
    );
    expect(relations).toEqual([{ occupationId: OCC, skillId: SKILL, essential: true }, { occupationId: OCC, skillId: OCC, essential: false }]);
    expect(skipped).toBe(1);
  });

  it('reads the ISCO groups with multi-line quoted fields and keeps 1 to 4 digit codes', async () => {
    const groups = buildIscoGroups(await readCsv(findReferenceDataDir(), 'esco/ISCOGroups_nl.csv', ISCO_COLUMNS));
    expect(groups).toHaveLength(619);
    expect(groups.find((g) => g.code === '0110')).toEqual({ code: '0110', labelNl: 'Officieren' });
    expect(new Set(groups.map((g) => g.code.length))).toEqual(new Set([1, 2, 3, 4]));
  });
});
