import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnonymisedCandidateModel, MobilityMode } from '@wsp/candidates';
import { Connection } from '@wsp/common';
import { MatchDecision } from '../entities/match-feedback.entity';
import { MatchRunKind, MatchRunStatus } from '../entities/match-run.entity';

registerEnumType(MatchDecision, { name: 'MatchDecision', description: 'Besluit van een medewerker over een match: op de shortlist of afgewezen' });
registerEnumType(MatchRunKind, { name: 'MatchRunKind', description: 'VACANCY: één vacature; CANDIDATE: één kandidaat; FULL: alle open vacatures plus de voorstellenronde' });
registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });

const ADVICE =
  'Een match is een advies van het systeem, geen besluit: een medewerker beoordeelt en beslist (AVG art. 22). ' +
  'Scores en toelichting zijn schattingen op basis van het profiel.';

@ObjectType('MatchComponent', { description: 'Eén onderdeel van de score: waarde 0–1, gewicht en bijdrage (de bijdragen tellen op tot de score)' })
export class MatchComponentModel {
  @Field({ description: 'skills, occupation, travel, hours, loonwaarde, education, waiting, sroi; voor werkgevers zijn loonwaarde, waiting en sroi samengevoegd tot other' })
  code: string;

  @Field()
  label: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float, { description: 'Genormaliseerd gewicht (alle gewichten samen 1)' })
  weight: number;

  @Field(() => Float)
  contribution: number;

  @Field(() => String, { nullable: true, description: 'Toelichting voor de medewerker; leeg voor werkgevers' })
  note: string | null;
}

@ObjectType('MatchTravel', { description: 'Geschatte reistijd enkele reis (hemelsbreed met omrijfactor), geen routeplanner' })
export class MatchTravelModel {
  @Field(() => Int)
  minutes: number;

  @Field(() => MobilityMode)
  mode: MobilityMode;

  @Field(() => Float)
  distanceKm: number;

  @Field({ description: 'Altijd true: het is een schatting' })
  estimated: boolean;

  @Field({ description: 'Bijvoorbeeld "ongeveer 25 minuten per fiets (schatting)"' })
  label: string;
}

@ObjectType('MatchDecisionInfo', { description: 'Het laatste besluit over deze match (de geschiedenis blijft bewaard)' })
export class MatchDecisionInfoModel {
  @Field(() => MatchDecision)
  decision: MatchDecision;

  @Field(() => String, { nullable: true, description: 'Reden; alleen voor medewerkers van het WSP' })
  reason: string | null;

  @Field(() => Float, { nullable: true, description: 'Score op het moment van het besluit' })
  scoreAtDecision: number | null;

  @Field()
  decidedAt: Date;
}

@ObjectType('Match', { description: `Huidige match van een kandidaat op een vacature. ${ADVICE}` })
export class MatchModel {
  @Field(() => ID)
  vacancyId: string;

  @Field()
  vacancyTitle: string;

  @Field(() => ID, { nullable: true, description: 'Id van de kandidaat; leeg voor werkgevers (zij zien alleen het pseudoniem)' })
  candidateId: string | null;

  @Field(() => AnonymisedCandidateModel, { description: 'Geanonimiseerd profiel; de identiteit alleen via de kandidaat zelf (gelogd)' })
  candidate: AnonymisedCandidateModel;

  @Field(() => Float, { description: '0–1: de som van de bijdragen van de onderdelen (advies, geen besluit)' })
  score: number;

  @Field(() => Int, { description: 'Positie binnen de vacature (1 = beste)' })
  rank: number;

  @Field(() => [MatchComponentModel], { description: 'Werkgevers zien geen onderdelen die iets over loonwaarde, wachttijd of doelgroepregister zeggen' })
  components: MatchComponentModel[];

  @Field({ description: 'Toelichting in gewone taal, zonder persoonsgegevens' })
  explanation: string;

  @Field(() => MatchTravelModel)
  travel: MatchTravelModel;

  @Field({ description: 'Voorgesteld in de laatste voorstellenronde (maximaal S per vacature en K per kandidaat)' })
  proposed: boolean;

  @Field(() => MatchDecisionInfoModel, { nullable: true })
  decision: MatchDecisionInfoModel | null;

  @Field()
  computedAt: Date;
}

@ObjectType('MatchRunReport', { description: 'Uitkomsten van een matchingronde' })
export class MatchRunReportModel {
  @Field(() => Int, { nullable: true, description: 'Aantal matches (VACANCY/CANDIDATE: van het onderwerp; FULL: van alle vacatures)' })
  matches: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Een latere ronde had dit onderwerp al bijgewerkt: deze uitkomst is niet opgeslagen' })
  superseded: boolean | null;

  @Field(() => Int, { nullable: true })
  proposals: number | null;

  @Field(() => Float, { nullable: true, description: 'FULL: hoogst haalbare totaalscore van de voorstellen (exact)' })
  optimalTotal: number | null;

  @Field(() => Float, { nullable: true, description: 'FULL: totaal van de gulzige toewijzing die de grenzen respecteert' })
  greedyRespectingKTotal: number | null;

  @Field(() => Float, { nullable: true, description: 'FULL: totaal als elke vacature haar eigen top S kreeg (zonder grens per kandidaat)' })
  unconstrainedTotal: number | null;

  @Field(() => Int, { nullable: true, description: 'FULL: kandidaten die zonder grens vaker dan K keer voorgesteld zouden zijn' })
  violationsInUnconstrained: number | null;

  @Field(() => Int, { nullable: true, description: 'FULL: vacatures waarvan de matching na alle pogingen mislukte' })
  failedItems: number | null;
}

@ObjectType('MatchRun', { description: `Een matchingronde met voortgang. ${ADVICE}` })
export class MatchRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => MatchRunKind)
  kind: MatchRunKind;

  @Field(() => MatchRunStatus)
  status: MatchRunStatus;

  @Field({ description: 'Aanleiding: manual, nightly of het soort gebeurtenis' })
  trigger: string;

  @Field(() => ID, { nullable: true, description: 'Vacature of kandidaat; leeg bij FULL' })
  subjectId: string | null;

  @Field(() => Int, { description: 'Verwerkte vacatures (FULL) of 0/1' })
  processed: number;

  @Field(() => Int)
  total: number;

  @Field(() => MatchRunReportModel, { nullable: true })
  report: MatchRunReportModel | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'Peildatum van de ronde' })
  referenceDate: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

export const MatchConnection = Connection(MatchModel, 'Match');
