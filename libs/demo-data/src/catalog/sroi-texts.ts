import { SroiCategory } from '@wsp/sroi';

/** Dutch texts of SROI contracts and realisations (fictional; no personal data of anyone). */

/** Contract references start with the commissioning municipality's abbreviation. */
export const REFERENCE_PREFIXES: Readonly<Record<string, string>> = {
  GM0518: 'DH', GM0503: 'DLF', GM1916: 'LV', GM1842: 'MD', GM1926: 'PN', GM0603: 'RW', GM0629: 'WSN', GM1783: 'WL', GM0637: 'ZMR',
};

/** What a municipality buys from a contractor of each SBI section. */
export const CONTRACT_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  A: ['Groenonderhoud openbare ruimte', 'Beheer en snoei van stadsbomen'],
  C: ['Levering en onderhoud straatmeubilair', 'Levering bedrijfskleding buitendienst', 'Levering producten voor de personeelsrestaurants'],
  E: ['Inzameling bedrijfsafval gemeentelijke gebouwen', 'Verwerking grof huishoudelijk afval'],
  F: ['Groot onderhoud gemeentelijk vastgoed', 'Renovatie schoolgebouwen', 'Herinrichting openbare ruimte en riolering'],
  G: ['Levering kantoorartikelen', 'Levering ICT-hardware werkplekken', 'Levering en onderhoud dienstfietsen'],
  H: ['Leerlingenvervoer', 'Doelgroepenvervoer Wmo', 'Opslag en distributie verkiezingsmaterialen'],
  I: ['Catering stadhuis en stadskantoren', 'Catering sportaccommodaties en zwembaden'],
  J: ['Beheer en doorontwikkeling zaaksysteem', 'Ontwikkeling en beheer gemeentelijke website'],
  M: ['Ingenieursdiensten openbare ruimte', 'Advies en ontwerp herinrichting centrum'],
  N: ['Schoonmaak gemeentelijke gebouwen', 'Beveiliging stadskantoor en publiekshal', 'Inhuur tijdelijk personeel'],
  P: ['Trainingen en opleidingen medewerkers'],
  Q: ['Hulp bij het huishouden (Wmo)', 'Dagbesteding en begeleiding (Wmo)'],
  R: ['Exploitatie zwembad en sporthal', 'Sport- en beweegactiviteiten in de wijk'],
  S: ['Wassen en onderhoud bedrijfskleding'],
};

/** Sections whose employers typically win municipal tenders: the first row most, the second less. */
export const TENDER_SECTIONS: readonly (readonly string[])[] = [['F', 'N', 'H', 'E', 'A', 'C'], ['Q', 'I', 'G', 'M', 'J']];

/** Fictional SW-bedrijven and social enterprises that invoice sociale inkoop. */
export const SOCIAL_SUPPLIERS: readonly string[] = [
  'Sociale Werkplaats Hofstad', 'Werkbedrijf Delfland', 'Groenploeg Zoetermeer (sociale onderneming)', 'Koffiebranderij De Kans',
  'Drukkerij Anders', 'Fietsherstel Tweede Kans', 'Cateraar Meedoen', 'Schoonmaakcoöperatie Samen', 'Inpakcentrum Westland',
  'Textielatelier Nieuwe Draad',
];

/** What the invoices are for (description of a sociale-inkoop realisation). */
export const PURCHASE_SUBJECTS: readonly string[] = [
  'Drukwerk en verzending', 'Groenonderhoud bouwterrein', 'Catering bouwketen', 'Verpakken en verzenden van materialen',
  'Schoonmaak van de bouwkeet en kantoren', 'Onderhoud dienstfietsen', 'Bedrijfskleding op maat', 'Montage van kleine onderdelen',
];

/** Other activities (hours × the table's hourly value); no personal data. */
export const ACTIVITIES: readonly { description: string; hours: readonly [min: number, max: number] }[] = [
  { description: 'Gastles op het mbo over werken in de branche', hours: [2, 4] },
  { description: 'Sollicitatietraining voor werkzoekenden van het WSP', hours: [4, 12] },
  { description: 'Bedrijfsbezoek en meeloopdag voor leerlingen praktijkonderwijs', hours: [3, 8] },
  { description: 'Coaching van een startende ondernemer uit de bijstand', hours: [10, 30] },
  { description: 'Werkervaringsplek met begeleiding door een leermeester', hours: [16, 40] },
  { description: 'Taalcoaching op de werkvloer voor nieuwkomers', hours: [8, 24] },
];

/** Descriptions of manually recorded employments, per category (no personal data). */
export const EMPLOYMENT_DESCRIPTIONS: Readonly<Partial<Record<SroiCategory, readonly string[]>>> = {
  [SroiCategory.BBL_LEVEL_1_2]: ['BBL-leerling niveau 2, praktijkovereenkomst bij de opdrachtnemer', 'BBL-leerling entreeopleiding (niveau 1)'],
  [SroiCategory.BBL_LEVEL_3_PLUS]: ['BBL-leerling niveau 3, vakopleiding', 'BBL-leerling niveau 4, middenkaderopleiding'],
  [SroiCategory.PARTICIPATIEWET]: ['Medewerker uit de bijstand, zelf geworven', 'Medewerker uit de bijstand via het uitzendbureau'],
  [SroiCategory.BANENAFSPRAAK]: ['Medewerker uit het doelgroepregister (banenafspraak)', 'Garantiebaan via de eigen werving'],
  [SroiCategory.WW]: ['Medewerker vanuit de WW'],
  [SroiCategory.WIA]: ['Medewerker met een WIA-uitkering, gedeeltelijk arbeidsgeschikt'],
  [SroiCategory.NO_BENEFIT]: ['Niet-uitkeringsgerechtigde herintreder'],
  [SroiCategory.INTERN_MBO_HBO]: ['Stagiair mbo (BOL)', 'Afstudeerstagiair hbo'],
  [SroiCategory.INTERN_VSO_PRO]: ['Stagiair praktijkonderwijs', 'Stagiair voortgezet speciaal onderwijs'],
};

/** Reasons a coordinator gives when accepting (mostly none) or rejecting. */
export const ACCEPT_REASONS = {
  EMPLOYMENT: ['Praktijkovereenkomst ontvangen', 'Arbeidsovereenkomst en doelgroepverklaring ontvangen'],
  SOCIAL_PURCHASE: ['Factuur en erkenning van de leverancier gecontroleerd', 'Akkoord, factuur gecontroleerd'],
  OTHER_ACTIVITY: ['Akkoord, presentielijst ontvangen', 'Akkoord, bewijsstukken gecontroleerd'],
} as const;

export const REJECT_REASONS = {
  EMPLOYMENT: ['Geen kopie van de praktijkovereenkomst of arbeidsovereenkomst ontvangen', 'Doelgroep niet aangetoond', 'Dienstverband bestond al vóór de gunning'],
  SOCIAL_PURCHASE: ['Leverancier is geen erkend SW-bedrijf of sociale onderneming', 'Deze factuur is al eerder ingediend'],
  OTHER_ACTIVITY: ['Activiteit hoort bij de reguliere bedrijfsvoering', 'Geen bewijs van de activiteit aangeleverd'],
} as const;
