import { ValidationError } from '@wsp/common';
import { isSbiSection, parseSbiSection, SBI_SECTION_NAMES, SbiSection, sbiSectionName } from './sbi';

describe('SBI 2008 sections', () => {
  it('has exactly the 21 sections A to U, each with a Dutch name', () => {
    const letters = Object.values(SbiSection);
    expect(letters).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
    for (const letter of letters) expect(SBI_SECTION_NAMES[letter].length).toBeGreaterThan(3);
    expect(SBI_SECTION_NAMES[SbiSection.F]).toBe('Bouwnijverheid');
    expect(SBI_SECTION_NAMES[SbiSection.Q]).toBe('Gezondheids- en welzijnszorg');
  });

  it.each([
    ['A', 'A'],
    ['u', 'U'],
    [' q ', 'Q'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parseSbiSection(input)).toBe(expected);
  });

  it.each(['V', 'Z', '', 'AB', '1', 'Ä', null, 7])('refuses %j', (input) => {
    expect(() => parseSbiSection(input, 'sector')).toThrow(ValidationError);
    expect(isSbiSection(input)).toBe(false);
  });

  it('names a section and returns null for an unknown one', () => {
    expect(sbiSectionName('I')).toBe('Logies-, maaltijd- en drankverstrekking');
    expect(sbiSectionName('Z')).toBeNull();
    expect(sbiSectionName('toString')).toBeNull();
  });
});
