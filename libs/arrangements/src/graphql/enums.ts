import { registerEnumType } from '@nestjs/graphql';
import './lks.inputs'; // registers LksRoute
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { AdjustmentFunder, InstrumentKind, JobcoachingPayer } from '../domain/instruments';

registerEnumType(ArrangementStatus, { name: 'ArrangementStatus', description: 'Status van een arrangement: DRAFT → PROPOSED → AGREED → ACTIVE → ENDED' });
registerEnumType(InstrumentKind, {
  name: 'InstrumentKind',
  description: 'Soort instrument in een arrangement',
  valuesMap: {
    LKS: { description: 'Loonkostensubsidie (art. 10d Participatiewet)' },
    PROEFPLAATS: { description: 'Proefplaats met behoud van uitkering, 2 maanden, hoogstens 4 maanden verlenging (art. 6 en 8a)' },
    JOBCOACHING: { description: 'Jobcoaching: uren per maand en wie betaalt' },
    NO_RISK_POLIS: { description: 'No-riskpolis (art. 29b Ziektewet)' },
    WERKPLEKAANPASSING: { description: 'Aanpassing van de werkplek' },
    DETACHERING: { description: 'Detachering via het leerwerkbedrijf: dat is de juridisch werkgever en ontvangt de loonkostensubsidie' },
    LEERWERKPLEK: { description: 'Leerwerkplek' },
    BBL: { description: 'Beroepsbegeleidende leerweg' },
  },
});
registerEnumType(JobcoachingPayer, { name: 'JobcoachingPayer', description: 'Wie de jobcoaching betaalt' });
registerEnumType(AdjustmentFunder, { name: 'AdjustmentFunder', description: 'Wie de werkplekaanpassing betaalt' });
