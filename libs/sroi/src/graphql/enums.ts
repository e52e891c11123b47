import { registerEnumType } from '@nestjs/graphql';
import { SroiAlertKind } from '../domain/alerts';
import { SroiBonus, SroiCategory, SroiContractStatus, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';

registerEnumType(SroiCategory, {
  name: 'SroiCategory',
  description: 'Waarderingscategorie (bouwblok)',
  valuesMap: {
    PARTICIPATIEWET: { description: 'Participatiewet (in tabellen met een duursplitsing: korter dan 2 jaar uitkering)' },
    PARTICIPATIEWET_LONG_TERM: { description: 'Participatiewet, langer dan 2 jaar uitkering' },
    BANENAFSPRAAK: { description: 'Banenafspraak: doelgroepregister, Wajong of Wsw' },
    WW: { description: 'WW (in tabellen met een duursplitsing: korter dan 1 jaar)' },
    WW_LONG_TERM: { description: 'WW, langer dan 1 jaar' },
    WIA: { description: 'WIA/WAO' },
    NO_BENEFIT: { description: 'Geen uitkering' },
    BBL_LEVEL_1_2: { description: 'BBL-leerling tot en met niveau 2' },
    BBL_LEVEL_3_PLUS: { description: 'BBL-leerling niveau 3 en hoger' },
    INTERN_MBO_HBO: { description: 'Stagiair mbo/hbo' },
    INTERN_VSO_PRO: { description: 'Stagiair VSO/PrO' },
  },
});
registerEnumType(SroiBonus, {
  name: 'SroiBonus',
  description: 'Toeslag bovenop de categoriewaarde',
  valuesMap: {
    AGE: { description: 'Oudere werkzoekende (leeftijd volgens de tabel, bv. 55+)' },
    ARBEIDSBEPERKING: { description: 'Dienstverband met een arbeidsbeperking' },
    PERMANENT_CONTRACT: { description: 'Vast dienstverband' },
  },
});
registerEnumType(SroiRealisationKind, {
  name: 'SroiRealisationKind',
  valuesMap: {
    PLACEMENT: { description: 'Plaatsing via het WSP (automatisch voorgesteld)' },
    EMPLOYMENT: { description: 'Dienstverband buiten de WSP-plaatsingen, handmatig vastgelegd (bv. BBL-leerling)' },
    SOCIAL_PURCHASE: { description: 'Sociale inkoop (factuur SW-bedrijf of erkende sociale onderneming, excl. btw)' },
    OTHER_ACTIVITY: { description: 'Overige activiteit (gastles, coaching): uren × uurwaarde' },
  },
});
registerEnumType(SroiRealisationStatus, { name: 'SroiRealisationStatus', description: 'PENDING → ACCEPTED | REJECTED (door de SROI-coördinator)' });
registerEnumType(SroiContractStatus, {
  name: 'SroiContractStatus',
  valuesMap: {
    ON_TRACK: { description: 'Op schema' },
    BEHIND: { description: 'Achter op schema: de lineaire prognose haalt de verplichting niet' },
    FULFILLED: { description: 'Verplichting gerealiseerd' },
    OVERDUE: { description: 'Einddatum verstreken zonder volledige realisatie' },
  },
});
registerEnumType(SroiAlertKind, {
  name: 'SroiAlertKind',
  valuesMap: {
    CONTRACT_BEHIND: { description: 'Contract loopt achter op schema' },
    ENDING_WITH_GAP: { description: 'Contract eindigt binnen 90 dagen en de verplichting is nog niet gehaald' },
    PENDING_TOO_LONG: { description: 'Realisatie wacht langer dan 30 dagen op beoordeling' },
  },
});
