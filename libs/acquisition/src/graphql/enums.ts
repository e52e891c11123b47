import { registerEnumType } from '@nestjs/graphql';
import { ContactMomentType } from '../entities/contact-moment.entity';
import { DemandStatus } from '../entities/employer-demand.entity';
import { EmployerSizeClass, PipelineStage, PsoLevel } from '../entities/employer.entity';
import { ActionsFilter, NextActionStatus } from '../domain/next-action';
import { SBI_SECTION_NAMES, SbiSection } from '../domain/sbi';

/** GraphQL registration of the acquisition enums (imported by the models for its side effect). */
registerEnumType(PipelineStage, {
  name: 'PipelineStage',
  description: 'Fase in de acquisitiepijplijn: PROSPECT → CONTACTED → MEETING → AGREEMENT → ACTIVE, of LOST',
});
registerEnumType(EmployerSizeClass, {
  name: 'EmployerSizeClass',
  description: 'Grootteklasse naar aantal werkzame personen',
  valuesMap: {
    MICRO: { description: '1-9' },
    SMALL: { description: '10-49' },
    MEDIUM: { description: '50-249' },
    LARGE: { description: '250 of meer' },
  },
});
registerEnumType(PsoLevel, { name: 'PsoLevel', description: 'Trede op de PrestatieLadder Socialer Ondernemen' });
registerEnumType(SbiSection, {
  name: 'SbiSection',
  description: 'Sectie (sector) van de Standaard Bedrijfsindeling 2008 (CBS)',
  valuesMap: Object.fromEntries(Object.entries(SBI_SECTION_NAMES).map(([letter, name]) => [letter, { description: name }])),
});
registerEnumType(ContactMomentType, { name: 'ContactMomentType', description: 'Soort contact: telefoon, bezoek, e-mail of evenement' });
registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: 'Status van een werkgeversvraag: OPEN → IN_PROGRESS → FULFILLED, of CANCELLED',
});
registerEnumType(NextActionStatus, {
  name: 'NextActionStatus',
  description: 'Verlopen (voor vandaag), vandaag, of later',
});
registerEnumType(ActionsFilter, {
  name: 'ActionsFilter',
  description: 'Welke openstaande vervolgacties: vandaag (DUE), verlopen (OVERDUE) of alle open (ALL_OPEN)',
});
