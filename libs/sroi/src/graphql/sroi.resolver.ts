import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, paginateArray, Role } from '@wsp/common';
import { SROI_MANAGERS, SROI_READERS } from '../domain/access';
import { AlertsService, AlertView } from '../services/alerts.service';
import { CoordinationService } from '../services/coordination.service';
import { DraftSuggestionsService } from '../services/draft-suggestions.service';
import { ReportsService } from '../services/reports.service';
import { SuggestionsService, SuggestionView } from '../services/suggestions.service';
import { ValuationService } from '../services/valuation.service';
import { SroiAlertsArgs, SroiPageArgs, SroiSuggestionsArgs, SroiValuationTablesArgs } from './contract.inputs';
import {
  SetSroiRegionMatchingInput,
  SroiCoordinatorConnection,
  SroiCoordinatorInput,
  SroiCoordinatorModel,
  SroiCoordinatorsArgs,
  SroiRegionSettingConnection,
  SroiRegionSettingModel,
} from './coordination.models';
import { SroiDraftSuggestionsArgs } from './draft.inputs';
import { SroiReportInput, SroiReportModel } from './report.models';
import { SroiValuationInput, SroiValuationModel, SroiValuationTableConnection, SroiValuationTableModel } from './valuation.models';
import { SroiAlertConnection, SroiSuggestionConnection } from './worklist.models';

const REPORT_READERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.EMPLOYER];

/** Valuation, work list, the loop with matching, reports and the admin settings of SROI. */
@Resolver()
export class SroiResolver {
  constructor(
    private readonly valuation: ValuationService,
    private readonly alertsService: AlertsService,
    private readonly suggestionsService: SuggestionsService,
    private readonly draftSuggestionsService: DraftSuggestionsService,
    private readonly reports: ReportsService,
    private readonly coordination: CoordinationService,
  ) {}

  @Roles(...SROI_READERS)
  @Query(() => SroiValuationModel, { description: 'Waardering van een persoon volgens een waarderingstabel' })
  sroiValuation(@Args('input') input: SroiValuationInput): Promise<SroiValuationModel> {
    return this.valuation.valuate(input);
  }

  @Roles(...SROI_READERS)
  @Query(() => SroiValuationTableConnection, { description: 'Waarderingstabellen per regio, nieuwste eerst' })
  sroiValuationTables(@Args() args: SroiValuationTablesArgs): Promise<ConnectionShape<SroiValuationTableModel>> {
    return this.valuation.tables(args.regionCode, args);
  }

  @Roles(...SROI_MANAGERS)
  @Query(() => SroiAlertConnection, { description: 'SROI-werklijst: achter op schema, eindigend binnen 90 dagen met een tekort, realisaties langer dan 30 dagen ter beoordeling' })
  sroiAlerts(@CurrentActor() actor: Actor, @Args() args: SroiAlertsArgs): Promise<ConnectionShape<AlertView>> {
    return this.alertsService.alerts(actor, args, args);
  }

  @Roles(...SROI_MANAGERS)
  @Query(() => SroiSuggestionConnection, { description: 'Kandidaten uit de huidige matches voor de open vacatures van de opdrachtnemer, met hun bijdrage aan de resterende verplichting' })
  sroiSuggestions(@CurrentActor() actor: Actor, @Args() args: SroiSuggestionsArgs): Promise<ConnectionShape<SuggestionView>> {
    return this.suggestionsService.suggestions(actor, args.contractId, args);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Query(() => SroiSuggestionConnection, {
    description:
      'Kandidaten voor een vacature die de opdrachtnemer nog niet heeft geplaatst (concept, niet opgeslagen), door de matching van de worker, met hun bijdrage aan de resterende verplichting',
  })
  sroiDraftSuggestions(@CurrentActor() actor: Actor, @Args() args: SroiDraftSuggestionsArgs): Promise<ConnectionShape<SuggestionView>> {
    return this.draftSuggestionsService.suggestions(actor, args.contractId, args.draft, args);
  }

  @Roles(...REPORT_READERS)
  @Query(() => SroiReportModel, { description: 'Rapportage per contract, opdrachtnemer, gemeente of regio, ook per opdrachtgevende gemeente' })
  sroiReport(@CurrentActor() actor: Actor, @Args('input') input: SroiReportInput): Promise<SroiReportModel> {
    return this.reports.report(actor, input);
  }

  @Roles(...REPORT_READERS)
  @Query(() => String, { description: 'Dezelfde rapportage als CSV (RFC 4180, bedragen in euro met een punt)' })
  sroiReportCsv(@CurrentActor() actor: Actor, @Args('input') input: SroiReportInput): Promise<string> {
    return this.reports.csv(actor, input);
  }

  @Roles(...SROI_MANAGERS)
  @Query(() => SroiCoordinatorConnection)
  sroiCoordinators(@Args() args: SroiCoordinatorsArgs): Promise<ConnectionShape<SroiCoordinatorModel>> {
    return this.coordination.list(args.municipalityCode, args);
  }

  @Roles(...SROI_MANAGERS)
  @Query(() => SroiRegionSettingConnection, { description: 'SROI-component van de matching per regio' })
  async sroiRegionSettings(@Args() args: SroiPageArgs): Promise<ConnectionShape<SroiRegionSettingModel>> {
    return paginateArray(await this.coordination.regionSettings(), args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SroiCoordinatorModel, { description: 'Wijst een beheerder of accountmanager aan als SROI-coördinator van een gemeente' })
  assignSroiCoordinator(@CurrentActor() actor: Actor, @Args('input') input: SroiCoordinatorInput): Promise<SroiCoordinatorModel> {
    return this.coordination.assign(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  removeSroiCoordinator(@CurrentActor() actor: Actor, @Args('input') input: SroiCoordinatorInput): Promise<boolean> {
    return this.coordination.remove(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SroiRegionSettingModel, { description: 'Zet de SROI-component van de matching voor een regio aan of uit' })
  setSroiRegionMatching(@CurrentActor() actor: Actor, @Args('input') input: SetSroiRegionMatchingInput): Promise<SroiRegionSettingModel> {
    return this.coordination.setRegionMatching(actor, input);
  }
}
