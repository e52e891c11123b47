import { PipelineStage } from '@wsp/acquisition';

/** Dutch texts of an accountmanager's work. No personal data of candidates. */

/** Outcome of the contact moment that moved an employer into a stage. */
export const STAGE_OUTCOMES: Readonly<Record<PipelineStage, readonly string[]>> = {
  [PipelineStage.PROSPECT]: [
    'Kennisgemaakt op de netwerkbijeenkomst van de ondernemersvereniging; interesse in personeel via het WSP.',
    'Bedrijf genoemd door een andere werkgever uit het netwerk; nog geen contact gehad.',
  ],
  [PipelineStage.CONTACTED]: [
    'Eerste telefonisch contact; werkgever wil meer weten over de no-riskpolis en loonkostensubsidie.',
    'Introductiemail beantwoord: openstaand voor een kennismaking na de drukke periode.',
    'Kort gesproken met de eigenaar; moeite met het vervullen van vacatures op mbo-1/2-niveau.',
  ],
  [PipelineStage.MEETING]: [
    'Kennismakingsgesprek op locatie: rondleiding gehad, werkzaamheden in het magazijn en de productie geschikt voor jobcarving.',
    'Gesprek met de bedrijfsleider over inclusief werkgeverschap en begeleiding op de werkvloer.',
    'Afspraak gehad: werkgever wil eerst ervaring opdoen met een proefplaatsing.',
  ],
  [PipelineStage.AGREEMENT]: [
    'Samenwerkingsafspraken gemaakt: het WSP draagt kandidaten voor, de werkgever biedt een proefplaats en een vaste werkbegeleider.',
    'Intentieverklaring getekend voor twee garantiebanen dit jaar.',
    'Afspraken vastgelegd over loonwaardebepaling en jobcoaching.',
  ],
  [PipelineStage.ACTIVE]: [
    'Eerste vacature ontvangen en uitgezet bij de consulenten.',
    'Eerste kandidaat gestart; werkgever tevreden over de voorbereiding.',
    'Vacatures worden voortaan rechtstreeks bij het WSP gemeld.',
  ],
  [PipelineStage.LOST]: ['Werkgever ziet af van samenwerking.'],
};

/** Outcome of a follow-up contact without a stage change. */
export const FOLLOW_UP_OUTCOMES: readonly string[] = [
  'Evaluatie van de plaatsing: gaat goed, werkgever wil het contract verlengen.',
  'Telefonisch bijgepraat over nieuwe vacatures in het voorjaar.',
  'Werkplekbezoek samen met de jobcoach; werkplek aangepast.',
  'Werkgever belde met vragen over de aanvraag van loonkostensubsidie.',
  'Nieuwsbrief met de regelingen voor werkgevers toegestuurd.',
  'Gesproken over een leerwerktraject (BBL) voor een medewerker.',
];

/** Next actions, by the stage the employer is in. */
export const NEXT_ACTIONS: Readonly<Record<PipelineStage, readonly string[]>> = {
  [PipelineStage.PROSPECT]: ['Bellen voor een kennismakingsafspraak', 'Introductiemail met de dienstverlening sturen'],
  [PipelineStage.CONTACTED]: ['Kennismakingsgesprek inplannen', 'Informatie over loonkostensubsidie mailen', 'Terugbellen na de vakantieperiode'],
  [PipelineStage.MEETING]: ['Samenwerkingsafspraken op papier zetten', 'Terugbellen over de mogelijkheden van een proefplaatsing', 'Voorstel voor jobcarving uitwerken'],
  [PipelineStage.AGREEMENT]: ['Eerste vacature uitvragen', 'Werkplekbezoek met de jobcoach plannen', 'Profielen van kandidaten bespreken'],
  [PipelineStage.ACTIVE]: ['Evaluatiegesprek plaatsing voeren', 'Nieuwe vacatures uitvragen', 'Kandidaten voorstellen voor de openstaande vacature', 'Jaarlijkse evaluatie van de samenwerking plannen'],
  [PipelineStage.LOST]: [],
};

export const LOST_REASONS: readonly string[] = [
  'Geen vacatures op korte termijn',
  'Werkt al met een vast uitzendbureau',
  'Geen capaciteit voor begeleiding op de werkvloer',
  'Bedrijf verhuisd buiten de regio',
  'Geen interesse in de regelingen',
];

export const EMPLOYER_NOTES: readonly string[] = [
  'Goed bereikbaar met het openbaar vervoer.',
  'Seizoenspieken in het voorjaar en rond de feestdagen.',
  'Werkt met vaste werkbegeleiders; ervaring met garantiebanen.',
  'Voorkeur voor contact per e-mail.',
  'Lid van de lokale ondernemersvereniging.',
];

export const CONTACT_JOB_TITLES: readonly string[] = [
  'Eigenaar', 'Bedrijfsleider', 'HR-adviseur', 'Vestigingsmanager', 'Teamleider', 'P&O-medewerker', 'Directeur', 'Office manager',
];

export const DEMAND_NOTES: readonly string[] = [
  'Begeleiding op de werkvloer is aanwezig.',
  'Start het liefst gezamenlijk, met een korte inwerkperiode.',
  'Proefplaatsing van twee maanden bespreekbaar.',
  'Rijbewijs B is een pré, geen eis.',
];

/** Why a vacancy left OPEN, by its final status. */
export const VACANCY_STATUS_REASONS = {
  FILLED: ['Vervuld met een kandidaat van het WSP', 'Vervuld via eigen werving van de werkgever'],
  CLOSED: ['Ingetrokken door de werkgever', 'Functie komt te vervallen door reorganisatie'],
  EXPIRED: ['Sluitingsdatum verstreken'],
} as const;

export interface VacancyTextInput {
  title: string;
  employerName: string;
  place: string;
  hoursMin: number;
  hoursMax: number;
  openToLks: boolean;
  jobcarving: boolean;
  proefplaats: boolean;
}

/** A short Dutch vacancy description. */
export function vacancyDescription(v: VacancyTextInput, opener: string): string {
  const hours = v.hoursMin === v.hoursMax ? `${v.hoursMax} uur per week` : `${v.hoursMin} tot ${v.hoursMax} uur per week`;
  const lines = [
    `${opener} ${v.employerName} in ${v.place} zoekt een ${v.title.toLowerCase()} voor ${hours}.`,
    'Je wordt ingewerkt door een vaste collega en krijgt de tijd om het vak te leren.',
  ];
  if (v.openToLks) lines.push('Deze functie staat open voor kandidaten met loonkostensubsidie.');
  if (v.jobcarving) lines.push('De taken kunnen worden aangepast aan wat je goed kunt (jobcarving).');
  if (v.proefplaats) lines.push('Starten met een proefplaatsing is mogelijk.');
  return lines.join(' ');
}

export const DESCRIPTION_OPENERS: readonly string[] = ['Ben jij op zoek naar een nieuwe uitdaging?', 'Kom ons team versterken!', 'Wil jij aan de slag?', 'Wij groeien.'];
