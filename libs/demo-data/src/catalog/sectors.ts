import { EmployerSizeClass } from '@wsp/acquisition';

/** An ESCO occupation by its ISCO-08 unit group and Dutch preferred label (ESCO v1.1.1), with a weight. */
export type JobRef = readonly [iscoGroup: string, labelNl: string, weight: number];

/**
 * Name patterns: {S} a surname ("Van Dijk"), {P} the place of the employer's postcode
 * ("Naaldwijk"), {N} a name noun ("De Linde"), {B} a brand word ("Prima").
 */
export interface SectorProfile {
  /** SBI 2008 section letter. */
  section: string;
  label: string;
  /** Share of the WSP's employer portfolio (relative). */
  weight: number;
  /** Size classes MICRO, SMALL, MEDIUM, LARGE (relative). */
  sizeWeights: readonly [number, number, number, number];
  /** Multiplier on PC4 population weight per municipality (GM code); 1 when absent. */
  municipalityAffinity?: Readonly<Record<string, number>>;
  names: readonly string[];
  /** Jobs this kind of employer asks for, weighted toward entry-level work (ISCO 4, 5, 7, 8, 9). */
  jobs: readonly JobRef[];
}

export const SIZE_CLASSES = [EmployerSizeClass.MICRO, EmployerSizeClass.SMALL, EmployerSizeClass.MEDIUM, EmployerSizeClass.LARGE] as const;

const WESTLAND = 'GM1783';
const DEN_HAAG = 'GM0518';
const DELFT = 'GM0503';
const ZOETERMEER = 'GM0637';
const MIDDEN_DELFLAND = 'GM1842';
const PIJNACKER = 'GM1926';
const RIJSWIJK = 'GM0603';
const WASSENAAR = 'GM0629';
const LV = 'GM1916';

/**
 * Sectors of the region's employer portfolio. Weights follow the shape of employment in
 * Haaglanden (CBS/LISA: retail, care, hospitality and business services large; glasshouse
 * horticulture concentrated in Westland; logistics around Westland, Zoetermeer and Delft).
 */
export const SECTORS: readonly SectorProfile[] = [
  {
    section: 'G', label: 'Handel', weight: 17, sizeWeights: [50, 32, 13, 5],
    names: ['Supermarkt {S}', '{S} Tweewielers', 'Bouwmarkt {P}', 'Slagerij {S}', 'Groenteman {S}', 'Modehuis {S}', 'Tuincentrum {N}', 'Drogisterij {N}', '{S} Wonen', 'Kaashandel {S}', 'Dierenspeciaalzaak {N}', 'Sportzaak {P}', '{S} Groothandel', '{B} Outlet {P}'],
    jobs: [
      ['5223', 'winkelmedewerker', 6], ['5223', 'verkoopmedewerker', 5], ['5230', 'kassamedewerker', 5], ['9334', 'schappenvuller', 5],
      ['5223', 'verkoopspecialist brood en banket', 1], ['5223', 'verkoopspecialist groenten en fruit', 1], ['5223', 'verkoopspecialist bouwmaterialen', 1],
      ['5223', 'verkoopspecialist kleding', 2], ['5223', 'verkoopspecialist tuinartikelen', 1], ['7511', 'slager', 1], ['9333', 'magazijnmedewerker', 2],
      ['9333', 'orderpicker', 1], ['5222', 'toezichthouder in winkel', 1], ['3343', 'administratief medewerker', 1],
    ],
  },
  {
    section: 'I', label: 'Horeca', weight: 13, sizeWeights: [50, 38, 10, 2],
    municipalityAffinity: { [DEN_HAAG]: 1.3, [WASSENAAR]: 1.3 },
    names: ['Restaurant {N}', 'Eetcafé {N}', 'Hotel {P}', 'Brasserie {N}', 'Lunchroom {N}', 'Strandpaviljoen {N}', 'Grand Café {N}', 'Pannenkoekenhuis {N}', 'Cafetaria {N}', 'Partycentrum {N}', 'Hotel {N}', 'Cateringbedrijf {S}'],
    jobs: [
      ['5120', 'kok', 4], ['9412', 'keukenhulp', 5], ['9412', 'medewerker keuken', 4], ['5131', 'ober/serveerster', 5], ['5131', 'gastheer/gastvrouw', 3],
      ['9411', 'medewerker fastfood', 3], ['4224', 'horecavestigingsreceptionist', 2], ['9112', 'medewerker huishoudelijke dienst', 3],
      ['9411', 'pizzaiolo', 1], ['9621', 'hotelportier', 1], ['5246', 'medewerker maaltijden', 1],
    ],
  },
  {
    section: 'Q', label: 'Zorg en welzijn', weight: 12, sizeWeights: [20, 35, 30, 15],
    names: ['Zorggroep {N}', 'Thuiszorg {P}', 'Woonzorgcentrum {N}', 'Kinderopvang {N}', 'Zorgcentrum {N}', 'Stichting Wonen en Zorg {P}', 'Huisartsenpraktijk {N}', 'Fysiotherapie {P}', 'Dagbesteding {N}', 'Tandartspraktijk {N}'],
    jobs: [
      ['5322', 'thuiszorgmedewerker', 4], ['5321', 'zorghulp', 4], ['5321', 'verpleeghulp', 3], ['3412', 'medewerker verzorgingshuis', 3],
      ['3412', 'woonbegeleider', 2], ['3412', 'begeleider personen met een beperking', 2], ['5311', 'medewerker kinderdagverblijf', 3],
      ['9112', 'medewerker huishoudelijke dienst', 2], ['5329', 'brancardier', 1], ['5329', 'sterilisatieassistent', 1], ['2221', 'algemeen verpleegkundige', 1],
      ['3256', 'doktersassistent', 1], ['4226', 'receptionist', 1], ['9412', 'medewerker keuken', 1], ['3412', 'thuishulp', 2],
    ],
  },
  {
    section: 'N', label: 'Zakelijke dienstverlening', weight: 11, sizeWeights: [30, 35, 25, 10],
    names: ['Schoonmaakbedrijf {S}', '{B} Facilitair', 'Beveiliging {P}', '{B} Uitzendgroep', 'Hoveniersbedrijf {S}', 'Glazenwasserij {S}', '{B} Schoonmaak', '{B} Security', '{S} Groenvoorziening', 'Klantcontactcentrum {P}'],
    jobs: [
      ['9112', 'schoonmaker gebouwen', 7], ['9111', 'interieurverzorger', 4], ['9112', 'medewerker huishoudelijke dienst', 2], ['9112', 'toiletmedewerker', 1],
      ['5414', 'beveiliger', 4], ['5414', 'portier', 1], ['6113', 'medewerker groenvoorziening/medewerkster groenvoorziening', 3], ['6113', 'hovenier', 2],
      ['4222', 'medewerker klantencontactcentrum', 2], ['5244', 'callcentermedewerker', 2], ['9122', 'autopoetser', 1], ['9622', 'klusjesman', 1],
      ['4226', 'receptionist', 1], ['3343', 'administratief medewerker', 1],
    ],
  },
  {
    section: 'H', label: 'Vervoer en opslag', weight: 9, sizeWeights: [30, 40, 22, 8],
    municipalityAffinity: { [WESTLAND]: 2, [ZOETERMEER]: 1.5, [DELFT]: 1.3, [PIJNACKER]: 1.5, [RIJSWIJK]: 1.3, [DEN_HAAG]: 0.7 },
    names: ['{S} Transport', '{S} Logistiek', 'Koeriersdienst {P}', '{P} Distributie', 'Transportbedrijf {S}', '{S} Koeltransport', '{B} Logistics', 'Verhuisbedrijf {S}', 'Expeditiebedrijf {S}'],
    jobs: [
      ['9333', 'magazijnmedewerker', 6], ['9333', 'orderpicker', 5], ['9333', 'expeditiemedewerker', 2], ['8344', 'heftruckchauffeur', 3],
      ['8332', 'vrachtwagenchauffeur', 3], ['8322', 'auto- en bestelwagenkoerier', 3], ['9333', 'pakhuismedewerker', 1], ['9333', 'verhuizer', 1],
      ['8332', 'chauffeur/verhuizer', 1], ['3343', 'logistiek medewerker', 2], ['8322', 'taxichauffeur', 1], ['9331', 'fietskoerier', 1],
    ],
  },
  {
    section: 'F', label: 'Bouw', weight: 9, sizeWeights: [45, 38, 13, 4],
    names: ['Bouwbedrijf {S}', 'Aannemersbedrijf {S}', '{S} Installatietechniek', 'Schildersbedrijf {S}', '{S} Dakwerken', 'Loodgietersbedrijf {S}', 'Elektrotechniek {S}', '{S} Bouw & Onderhoud', 'Timmerbedrijf {S}', '{S} & Zn. Bouw'],
    jobs: [
      ['9313', 'opperman bouw', 4], ['7115', 'timmerman', 3], ['7131', 'schilder bouw', 3], ['7126', 'loodgieter', 2], ['7411', 'monteur elektrische installaties', 2],
      ['7119', 'steigerbouwer', 1], ['7112', 'metselaar', 1], ['7122', 'tegelzetter', 1], ['7126', 'verwarmingsmonteur', 2], ['7411', 'monteur zonnepanelen', 2],
      ['7115', 'keukenmonteur', 1], ['7119', 'sloper', 1], ['7126', 'badkamermonteur', 1], ['7124', 'isoleerder', 1], ['9312', 'wegwerker', 1],
    ],
  },
  {
    section: 'C', label: 'Industrie', weight: 8, sizeWeights: [30, 40, 22, 8],
    municipalityAffinity: { [DELFT]: 1.5, [ZOETERMEER]: 1.5, [WESTLAND]: 1.3, [DEN_HAAG]: 0.7 },
    names: ['{S} Metaalbewerking', '{P} Verpakkingen', 'Bakkerij {S}', '{S} Kunststoffen', 'Drukkerij {S}', '{B} Food', '{S} Machinebouw', 'Meubelmakerij {S}', '{S} Techniek', '{B} Productie'],
    jobs: [
      ['9329', 'productiemedewerker', 6], ['9321', 'inpakker met de hand', 4], ['8219', 'assemblagemedewerker metaal', 2], ['8212', 'assemblagemedewerker elektrische apparatuur', 2],
      ['7212', 'lasser', 2], ['7223', 'operator CNC-machine', 1], ['8160', 'bakkerijmedewerker', 3], ['7512', 'bakker', 2], ['8160', 'medewerker voedselproductie', 3],
      ['8183', 'procesoperator verpakkings- en vulmachine', 2], ['8344', 'heftruckchauffeur', 1], ['9333', 'magazijnmedewerker', 2], ['8219', 'assemblagemedewerker kunststof', 1],
      ['7233', 'monteur industriële machines', 1], ['8219', 'fietsenbouwer', 1],
    ],
  },
  {
    section: 'A', label: 'Land- en tuinbouw', weight: 7, sizeWeights: [30, 45, 20, 5],
    municipalityAffinity: { [WESTLAND]: 12, [MIDDEN_DELFLAND]: 6, [PIJNACKER]: 4, [DEN_HAAG]: 0.05, [DELFT]: 0.2, [RIJSWIJK]: 0.1, [ZOETERMEER]: 0.3, [LV]: 0.3, [WASSENAAR]: 0.5 },
    names: ['Kwekerij {S}', '{S} Tomaten', '{S} Paprika', 'Tuinbouwbedrijf {S}', '{S} Orchideeën', '{S} Kwekerijen', 'Gebr. {S} Potplanten', '{S} Chrysanten', 'Rozenkwekerij {S}', '{S} Growers', 'Tuinderij {N}'],
    jobs: [
      ['9214', 'tuinbouwmedewerker', 8], ['9211', 'plukker', 3], ['6113', 'voorman tuinbouw', 1], ['9321', 'inpakker met de hand', 3], ['9329', 'productiemedewerker', 2],
      ['9333', 'orderpicker', 2], ['8344', 'heftruckchauffeur', 1], ['6113', 'medewerker groenvoorziening/medewerkster groenvoorziening', 1], ['9214', 'tuinier', 1],
      ['8341', 'landbouwmachinist', 1],
    ],
  },
  {
    section: 'M', label: 'Specialistische zakelijke diensten', weight: 4, sizeWeights: [50, 35, 12, 3],
    names: ['Adviesbureau {S}', '{S} Accountants', 'Ingenieursbureau {S}', 'Administratiekantoor {S}', 'Architectenbureau {S}', '{B} Consultancy'],
    jobs: [
      ['3343', 'administratief medewerker', 4], ['4110', 'kantoorbediende', 3], ['4226', 'receptionist', 2], ['3313', 'assistent-boekhouder', 2], ['3313', 'boekhouder', 1],
      ['4313', 'salarisadministrateur', 1], ['4222', 'medewerker klantencontactcentrum', 1], ['4415', 'archiefmedewerker', 1], ['3343', 'managementassistent', 1],
    ],
  },
  {
    section: 'J', label: 'Informatie en communicatie', weight: 3, sizeWeights: [45, 35, 15, 5],
    municipalityAffinity: { [DELFT]: 2, [DEN_HAAG]: 1.2 },
    names: ['{B} Software', '{P} IT', '{B} Media', '{B} Digital', 'Webbureau {N}'],
    jobs: [
      ['3512', 'medewerker helpdesk', 3], ['3512', 'ICT-technicus', 2], ['2512', 'software ontwikkelaar', 2], ['2513', 'web developer', 1],
      ['3343', 'administratief medewerker', 1], ['3511', 'medewerker datacentrum', 1], ['5244', 'callcentermedewerker', 1],
    ],
  },
  {
    section: 'P', label: 'Onderwijs', weight: 2, sizeWeights: [25, 40, 25, 10],
    names: ['Stichting Onderwijs {P}', 'Basisschool {N}', '{N} College', 'Rijschool {S}', 'Taleninstituut {P}'],
    jobs: [
      ['5312', 'onderwijsassistent', 3], ['5153', 'conciërge', 3], ['9112', 'schoonmaker gebouwen', 2], ['3343', 'administratief medewerker onderwijsinstelling', 2],
      ['4411', 'bibliotheekmedewerker', 1],
    ],
  },
  {
    section: 'R', label: 'Cultuur, sport en recreatie', weight: 2, sizeWeights: [40, 40, 15, 5],
    names: ['Sportcentrum {P}', 'Zwembad {N}', 'Theater {N}', 'Fitnesscentrum {B}', 'Recreatiepark {N}'],
    jobs: [
      ['9629', 'servicemedewerker bioscoop, theater', 2], ['9629', 'attractiemedewerker', 1], ['9129', 'badmeester', 2], ['9629', 'garderobemedewerker', 1],
      ['9629', 'medewerker recreatieactiviteiten', 2], ['5131', 'gastheer/gastvrouw', 1], ['9112', 'schoonmaker gebouwen', 1],
    ],
  },
  {
    section: 'S', label: 'Overige dienstverlening', weight: 2, sizeWeights: [70, 25, 5, 0],
    names: ['Kapsalon {N}', 'Wasserij {S}', 'Uitvaartverzorging {S}', 'Autowasstraat {P}', 'Stomerij {S}'],
    jobs: [
      ['5141', 'kapper', 2], ['5141', 'kappershulp', 2], ['9629', 'wasserettemedewerker', 2], ['9129', 'schoonmaker van gordijnen en tapijten', 1],
      ['5163', 'medewerker uitvaartondernemer', 1], ['9122', 'autopoetser', 1],
    ],
  },
  {
    section: 'E', label: 'Afval en recycling', weight: 1, sizeWeights: [20, 40, 30, 10],
    names: ['Afvalinzameling {P}', '{S} Recycling', '{B} Milieuservice'],
    jobs: [['9611', 'vuilnisophaler', 3], ['8332', 'chauffeur vuilniswagen', 2], ['9613', 'straatveger', 2], ['9329', 'productiemedewerker', 1]],
  },
];

export function sectorBySection(section: string): SectorProfile {
  const sector = SECTORS.find((s) => s.section === section);
  if (!sector) throw new Error(`unknown SBI section ${section}`);
  return sector;
}

/** Every (ISCO group, label) the catalog refers to, without duplicates. */
export function catalogJobRefs(): { iscoGroup: string; labelNl: string }[] {
  const seen = new Map<string, { iscoGroup: string; labelNl: string }>();
  for (const sector of SECTORS) {
    for (const [iscoGroup, labelNl] of sector.jobs) seen.set(`${iscoGroup}|${labelNl}`, { iscoGroup, labelNl });
  }
  return [...seen.values()];
}
