import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, PageArgs, paginateArray } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { assertCanManage } from '../domain/access';
import { contractAlerts, isPendingTooLong, PENDING_MAX_DAYS, SroiAlertKind } from '../domain/alerts';
import { SroiContractStatus, SroiRealisationKind } from '../domain/enums';
import { addDays, daysBetween } from '../domain/months';
import { ContractsService } from './contracts.service';
import { SroiPlacementSync } from './placement-sync.service';
import { coordinatedMunicipalities } from './sroi-store';

export interface AlertView {
  kind: SroiAlertKind;
  contractId: string;
  contractReference: string;
  municipalityCode: string;
  contractorName: string;
  contractEndDate: string;
  contractStatus: SroiContractStatus;
  remainingCents: number;
  /** The day the alert is about: the contract's end date, or the day a realisation became pending. */
  date: string;
  realisationId: string | null;
  realisationKind: SroiRealisationKind | null;
  pendingDays: number | null;
  valueCents: number | null;
}

const ORDER: SroiAlertKind[] = [SroiAlertKind.ENDING_WITH_GAP, SroiAlertKind.CONTRACT_BEHIND, SroiAlertKind.PENDING_TOO_LONG];

/**
 * The SROI work list: contracts behind schedule, contracts ending within 90 days with a gap, and
 * realisations waiting for the coordinator for more than 30 days. Ordered by kind (ending first),
 * then by date.
 */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly sync: SroiPlacementSync,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async alerts(actor: Actor, args: { municipalityCode?: string; mine?: boolean }, page: PageArgs): Promise<ConnectionShape<AlertView>> {
    assertCanManage(actor);
    const today = this.sync.today();
    let municipalities: string[] | null = args.municipalityCode ? [args.municipalityCode] : null;
    if (args.mine) {
      const own = await coordinatedMunicipalities(this.dataSource.manager, actor.userId);
      municipalities = municipalities ? municipalities.filter((m) => own.includes(m)) : own;
    }
    const views = (await this.contracts.listAll(actor, {})).filter((v) => municipalities === null || municipalities.includes(v.municipalityCode));
    const out: AlertView[] = [];
    const byId = new Map(views.map((v) => [v.id, v]));
    for (const v of views) {
      for (const kind of contractAlerts(v, today)) {
        out.push({ kind, contractId: v.id, contractReference: v.reference, municipalityCode: v.municipalityCode, contractorName: v.contractorName, contractEndDate: v.endDate,
          contractStatus: v.status, remainingCents: v.remainingCents, date: v.endDate, realisationId: null, realisationKind: null, pendingDays: null, valueCents: null });
      }
    }
    if (views.length > 0) {
      const pending = await this.dataSource.query<{ id: string; contract_id: string; kind: SroiRealisationKind; since: string; value_cents: string }[]>(
        `SELECT r.id::text AS id, r.contract_id::text AS contract_id, r.kind::text AS kind, (r.pending_since AT TIME ZONE $3)::date::text AS since, r.value_cents::text
           FROM sroi_realisations r
          WHERE r.status = 'PENDING' AND r.contract_id = ANY($1::uuid[]) AND (r.pending_since AT TIME ZONE $3)::date < $2::date
          ORDER BY r.pending_since, r.id`,
        [views.map((v) => v.id), addDays(today, -PENDING_MAX_DAYS), this.config.timeZone],
      );
      // The SQL bound is the rule's (isPendingTooLong), which stays the authority.
      for (const r of pending.filter((p) => isPendingTooLong(p.since, today))) {
        const v = byId.get(r.contract_id)!;
        out.push({ kind: SroiAlertKind.PENDING_TOO_LONG, contractId: v.id, contractReference: v.reference, municipalityCode: v.municipalityCode, contractorName: v.contractorName,
          contractEndDate: v.endDate, contractStatus: v.status, remainingCents: v.remainingCents, date: r.since, realisationId: r.id, realisationKind: r.kind,
          pendingDays: daysBetween(r.since, today), valueCents: Number(r.value_cents) });
      }
    }
    out.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.contractId < b.contractId ? -1 : a.contractId > b.contractId ? 1 : 0) || ((a.realisationId ?? '') < (b.realisationId ?? '') ? -1 : 1));
    return paginateArray(out, page);
  }
}
