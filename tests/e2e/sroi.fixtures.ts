/** Shared set-up for the SROI end-to-end tests (sroi*.test.ts). */
import { TestApi } from '@wsp/testing/api';
import { CONFIRM, contractedPlacement, END_PLACEMENT, ok, World } from './arrangements.fixtures';

export const CONTRACT = `id reference municipalityCode municipalityName contractorId contractorName contractValueCents sroiPercentage startDate endDate
  valuationTableCode regionCode psoDiscountPercentage penaltyPercentage gracePeriodDays obligationOverrideCents obligationCents obligationFormulaCents
  belowThreshold obligationOverridden realisedCents pendingCents remainingCents forecastCents expectedToDateCents elapsedFraction status graceEndsOn
  penaltyDue penaltyCents purchaseOverCapCents asOf version`;
export const REALISATION = `id contractId kind status placementId candidateId candidatePseudonym category derivedCategory bonuses hoursPerWeek startDate endDate
  monthsCounted purchaseAmountCents supplierName invoiceReference activityHours description valueCents valuedOn statusReason decidedById createdById
  history { fromStatus toStatus fromCategory toCategory reason changedById }`;

export const CREATE_CONTRACT = `mutation($input: CreateSroiContractInput!) { createSroiContract(input: $input) { ${CONTRACT} } }`;
export const UPDATE_CONTRACT = `mutation($input: UpdateSroiContractInput!) { updateSroiContract(input: $input) { ${CONTRACT} } }`;
export const DELETE_CONTRACT = `mutation($id: ID!) { deleteSroiContract(id: $id) }`;
export const REFRESH_CONTRACT = `mutation($id: ID!) { refreshSroiContract(id: $id) { ${CONTRACT} } }`;
export const GET_CONTRACT = `query($id: ID!) { sroiContract(id: $id) { ${CONTRACT} realisations(first: 50) { totalCount nodes { ${REALISATION} } } } }`;
export const LIST_CONTRACTS = `query($filter: SroiContractFilterInput) { sroiContracts(filter: $filter, first: 50) { totalCount nodes { id reference status remainingCents } } }`;
export const PROPOSE = `mutation($input: ProposeSroiRealisationInput!) { proposeSroiRealisation(input: $input) { ${REALISATION} } }`;
export const PURCHASE = `mutation($input: RecordSroiSocialPurchaseInput!) { recordSroiSocialPurchase(input: $input) { ${REALISATION} } }`;
export const ACTIVITY = `mutation($input: RecordSroiOtherActivityInput!) { recordSroiOtherActivity(input: $input) { ${REALISATION} } }`;
export const ACCEPT = `mutation($input: AcceptSroiRealisationInput!) { acceptSroiRealisation(input: $input) { ${REALISATION} } }`;
export const REJECT = `mutation($input: RejectSroiRealisationInput!) { rejectSroiRealisation(input: $input) { ${REALISATION} } }`;
export const CORRECT = `mutation($input: CorrectSroiRealisationCategoryInput!) { correctSroiRealisationCategory(input: $input) { ${REALISATION} } }`;
export const ASSIGN = `mutation($input: SroiCoordinatorInput!) { assignSroiCoordinator(input: $input) { id municipalityCode userId } }`;
export const VALUATION = `query($input: SroiValuationInput!) { sroiValuation(input: $input) { valueCents tableCode category categoryYearlyValueCents
  bonusYearlyValueCents bonusesApplied fullTimeHours hoursFactor monthsRequested monthsCounted monthsFactor capMonths capApplied } }`;
export const REPORT = `query($input: SroiReportInput!) { sroiReport(input: $input) { scope subjectId subjectName asOf
  total { municipalityCode municipalityName contracts obligationCents realisedCents pendingCents remainingCents penaltyCents peoplePlaced hours
          lines { kind category realisedCents people hours } }
  byMunicipality { municipalityCode municipalityName contracts obligationCents realisedCents remainingCents peoplePlaced hours } } }`;
export const REPORT_CSV = `query($input: SroiReportInput!) { sroiReportCsv(input: $input) }`;

export function contractInput(contractorId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: `DH-${Math.random().toString(36).slice(2, 9)}`,
    description: 'Onderhoud openbare ruimte',
    municipalityCode: 'GM0518',
    contractorId,
    contractValueCents: 80_000_000,
    sroiPercentage: 5,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    regionCode: 'HAAGLANDEN',
    penaltyPercentage: 50,
    gracePeriodDays: 90,
    ...extra,
  };
}

/** A placement confirmed by the job coach (and ended when `endDate` is given), through the placements GraphQL API. */
export async function confirmedPlacement(
  api: TestApi,
  w: World,
  o: { candidateId: string; vacancyId: string; employerId: string; start: string; hours: number; endDate?: string },
): Promise<string> {
  const id = await contractedPlacement(api, w, o.candidateId, o.vacancyId, o.employerId);
  ok(await api.gql(CONFIRM, { input: { id, actualStartDate: o.start, hoursPerWeek: o.hours, grossMonthlyWageCents: 210_000 } }, w.jobcoach.token));
  if (o.endDate) ok(await api.gql(END_PLACEMENT, { input: { id, endDate: o.endDate, reason: 'CONTRACT_ENDED' } }, w.am.token));
  return id;
}

/** Row counts and versions of the SROI tables, to prove refused calls change nothing. */
export async function sroiSnapshot(api: TestApi): Promise<Record<string, unknown>> {
  const [r] = await api.dataSource.query<Record<string, unknown>[]>(
    `SELECT (SELECT count(*)::int FROM sroi_contracts) AS contracts, (SELECT coalesce(sum(version), 0)::int FROM sroi_contracts) AS contract_versions,
            (SELECT count(*)::int FROM sroi_realisations) AS realisations, (SELECT coalesce(sum(version), 0)::int FROM sroi_realisations) AS realisation_versions,
            (SELECT count(*)::int FROM sroi_realisation_changes) AS changes, (SELECT count(*)::int FROM sroi_coordinators) AS coordinators,
            (SELECT count(*)::int FROM sroi_region_settings) AS settings,
            (SELECT string_agg(status::text, ',' ORDER BY id) FROM sroi_realisations) AS statuses`,
  );
  return r;
}
