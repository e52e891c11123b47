/** Dutch texts of a consultant's (klantmanager's) records. General phrases: no personal details. */

/** Why the consultant agreed a shorter (or longer) one-way travel time than the default 90 minutes. */
export const SHORTER_TRAVEL_REASONS: readonly string[] = [
  'Medische beperking: kan niet lang achtereen reizen (advies bedrijfsarts).',
  'Zorg voor jonge kinderen: moet op tijd terug zijn voor school en opvang.',
  'Angstklachten bij lang reizen met het openbaar vervoer.',
  'Energiebeperking door chronische ziekte; reistijd telt mee in de belastbaarheid.',
  'Mantelzorg voor een ouder; moet snel thuis kunnen zijn.',
  'Afspraak uit het trajectplan: eerst werk dicht bij huis om te wennen aan een vast ritme.',
  'Oriëntatieproblemen: kan alleen bekende routes reizen.',
];

export const LONGER_TRAVEL_REASONS: readonly string[] = [
  'Wil graag verder reizen voor werk in de eigen branche (afgesproken met de klantmanager).',
  'Heeft een auto en rijdt liever langer dan ander werk te doen.',
];

/** Recognised loonwaarde methods (Participatiewet art. 10d lid 3; Besluit loonkostensubsidie). */
export const LOONWAARDE_METHODS: readonly (readonly [string, number])[] = [
  ['Dariuz', 5],
  ['Ergatis', 3],
  ['Loonwaarde.nl', 2],
  ['Praktijkroute', 2],
];

/** Fictional assessing organisations of the region. */
export const ASSESSORS: readonly string[] = [
  'Arbeidsdeskundig Bureau De Kade',
  'Loonwaardebureau Hofstad',
  'Praktijkbeoordeling Zuidvleugel',
  'Arbeidsdeskundigen Collectief Delfland',
  'Bureau Werkvermogen Westland',
  'Adviesbureau Loonwaarde & Werk',
];

/** Reference of a signed consent form in the document system (never the document itself). */
export function documentReference(year: number, number: number): string {
  return `DMS-${year}-${String(number).padStart(6, '0')}`;
}
