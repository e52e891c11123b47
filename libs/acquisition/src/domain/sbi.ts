import { ValidationError } from '@wsp/common';

/**
 * Sections (top level, letters A-U) of the Standaard Bedrijfsindeling 2008 (SBI 2008, CBS; the
 * Dutch version of NACE Rev. 2). Long names as in the CBS publication "SBI 2008 versie 2018".
 */
export enum SbiSection {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
  G = 'G',
  H = 'H',
  I = 'I',
  J = 'J',
  K = 'K',
  L = 'L',
  M = 'M',
  N = 'N',
  O = 'O',
  P = 'P',
  Q = 'Q',
  R = 'R',
  S = 'S',
  T = 'T',
  U = 'U',
}

export const SBI_SECTION_NAMES: Readonly<Record<SbiSection, string>> = {
  [SbiSection.A]: 'Landbouw, bosbouw en visserij',
  [SbiSection.B]: 'Winning van delfstoffen',
  [SbiSection.C]: 'Industrie',
  [SbiSection.D]: 'Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht',
  [SbiSection.E]: 'Winning en distributie van water; afval- en afvalwaterbeheer en sanering',
  [SbiSection.F]: 'Bouwnijverheid',
  [SbiSection.G]: 'Groot- en detailhandel; reparatie van auto’s',
  [SbiSection.H]: 'Vervoer en opslag',
  [SbiSection.I]: 'Logies-, maaltijd- en drankverstrekking',
  [SbiSection.J]: 'Informatie en communicatie',
  [SbiSection.K]: 'Financiële instellingen',
  [SbiSection.L]: 'Verhuur van en handel in onroerend goed',
  [SbiSection.M]: 'Advisering, onderzoek en overige specialistische zakelijke dienstverlening',
  [SbiSection.N]: 'Verhuur van roerende goederen en overige zakelijke dienstverlening',
  [SbiSection.O]: 'Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen',
  [SbiSection.P]: 'Onderwijs',
  [SbiSection.Q]: 'Gezondheids- en welzijnszorg',
  [SbiSection.R]: 'Cultuur, sport en recreatie',
  [SbiSection.S]: 'Overige dienstverlening',
  [SbiSection.T]: 'Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen gebruik',
  [SbiSection.U]: 'Extraterritoriale organisaties en lichamen',
};

export function isSbiSection(value: unknown): value is SbiSection {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SBI_SECTION_NAMES, value);
}

/** The section letter (case and surrounding spaces ignored), or a ValidationError on `field`. */
export function parseSbiSection(input: unknown, field = 'sbiSection'): SbiSection {
  const value = typeof input === 'string' ? input.trim().toUpperCase() : '';
  if (!isSbiSection(value)) throw new ValidationError('Sector moet een SBI 2008-sectieletter A t/m U zijn', field);
  return value;
}

export function sbiSectionName(section: string): string | null {
  return isSbiSection(section) ? SBI_SECTION_NAMES[section] : null;
}
