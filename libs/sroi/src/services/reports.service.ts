import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ForbiddenError, NotFoundError, Role, ValidationError } from '@wsp/common';
import { euros, toCsv } from '../domain/csv';
import { SroiCategory, SroiRealisationKind } from '../domain/enums';
import { SroiReportInput, SroiReportLineModel, SroiReportModel, SroiReportRowModel, SroiReportScope } from '../graphql/report.models';
import { ContractView } from './contract-views';
import { ContractsService } from './contracts.service';
import { SroiPlacementSync } from './placement-sync.service';
import { isUuid } from './sroi-store';

const WEEKS_PER_MONTH = 52 / 12;

interface AcceptedRow {
  contract_id: string;
  kind: SroiRealisationKind;
  category: SroiCategory | null;
  value: string;
  people: number;
  hours: string;
}

const LINE_ORDER: { kind: SroiRealisationKind; category: SroiCategory | null }[] = [
  ...Object.values(SroiCategory).flatMap((category) => [
    { kind: SroiRealisationKind.PLACEMENT, category },
    { kind: SroiRealisationKind.EMPLOYMENT, category },
  ]),
  { kind: SroiRealisationKind.SOCIAL_PURCHASE, category: null },
  { kind: SroiRealisationKind.OTHER_ACTIVITY, category: null },
];

/**
 * Reports per contract, contractor, commissioning municipality and region (the contracts whose
 * valuation table belongs to the region): obligations, realised value by kind and category, people
 * placed and hours, always split by commissioning municipality as well (separate budgets), and as
 * CSV. People: distinct candidates of accepted placements plus accepted manual employments.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly sync: SroiPlacementSync,
  ) {}

  async report(actor: Actor, input: SroiReportInput): Promise<SroiReportModel> {
    const { views, subjectName } = await this.scope(actor, input);
    const accepted = await this.accepted(views.map((v) => v.id));
    const municipalities = [...new Map(views.map((v) => [v.municipalityCode, v.municipalityName])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const row = (code: string | null, name: string, filter: (v: ContractView) => boolean): SroiReportRowModel => {
      const vs = views.filter(filter);
      const ids = new Set(vs.map((v) => v.id));
      const acc = accepted.filter((a) => ids.has(a.contract_id));
      const lines = this.lines(acc);
      return {
        municipalityCode: code,
        municipalityName: name,
        contracts: vs.length,
        obligationCents: sum(vs.map((v) => v.obligationCents)),
        realisedCents: sum(vs.map((v) => v.realisedCents)),
        pendingCents: sum(vs.map((v) => v.pendingCents)),
        remainingCents: sum(vs.map((v) => v.remainingCents)),
        penaltyCents: sum(vs.map((v) => v.penaltyCents)),
        peoplePlaced: sum(lines.filter((l) => l.category !== null).map((l) => l.people)),
        hours: round1(sum(lines.map((l) => l.hours))),
        lines,
      };
    };
    return {
      scope: input.scope,
      subjectId: input.id,
      subjectName,
      asOf: this.sync.today(),
      total: row(null, 'Totaal', () => true),
      byMunicipality: municipalities.map(([code, name]) => row(code, name, (v) => v.municipalityCode === code)),
    };
  }

  /** The report as CSV (RFC 4180, amounts in euros with a decimal point): the total, and a row per municipality when asked. */
  async csv(actor: Actor, input: SroiReportInput): Promise<string> {
    const r = await this.report(actor, input);
    const categories = LINE_ORDER.filter((l) => l.category !== null).map((l) => l.category!).filter((c, i, a) => a.indexOf(c) === i);
    const header = [
      'scope', 'subject_id', 'subject', 'as_of', 'municipality_code', 'municipality', 'contracts', 'obligation_eur', 'realised_eur', 'pending_eur', 'remaining_eur',
      'penalty_eur', 'people_placed', 'hours', ...categories.map((c) => `realised_${c.toLowerCase()}_eur`), 'realised_social_purchase_eur', 'realised_other_activity_eur',
    ];
    const rows = [r.total, ...(input.splitByMunicipality ? r.byMunicipality : [])].map((row) => {
      const byCategory = (c: SroiCategory) => sum(row.lines.filter((l) => l.category === c).map((l) => l.realisedCents));
      const byKind = (k: SroiRealisationKind) => sum(row.lines.filter((l) => l.kind === k).map((l) => l.realisedCents));
      return [
        r.scope, r.subjectId, r.subjectName, r.asOf, row.municipalityCode, row.municipalityName, row.contracts, euros(row.obligationCents), euros(row.realisedCents),
        euros(row.pendingCents), euros(row.remainingCents), euros(row.penaltyCents), row.peoplePlaced, row.hours.toFixed(1),
        ...categories.map((c) => euros(byCategory(c))), euros(byKind(SroiRealisationKind.SOCIAL_PURCHASE)), euros(byKind(SroiRealisationKind.OTHER_ACTIVITY)),
      ];
    });
    return toCsv(header, rows);
  }

  private lines(acc: AcceptedRow[]): SroiReportLineModel[] {
    const out: SroiReportLineModel[] = [];
    for (const { kind, category } of LINE_ORDER) {
      const rows = acc.filter((a) => a.kind === kind && a.category === category);
      if (rows.length === 0) continue;
      out.push({ kind, category, realisedCents: sum(rows.map((a) => Number(a.value))), people: sum(rows.map((a) => a.people)), hours: round1(sum(rows.map((a) => Number(a.hours)))) });
    }
    return out;
  }

  /** Accepted realisations per contract, kind and category: value, people and hours. */
  private async accepted(contractIds: string[]): Promise<AcceptedRow[]> {
    if (contractIds.length === 0) return [];
    return this.dataSource.query<AcceptedRow[]>(
      `SELECT contract_id::text AS contract_id, kind::text AS kind, category::text AS category, sum(value_cents)::text AS value,
              (count(DISTINCT candidate_id) FILTER (WHERE kind = 'PLACEMENT') + count(*) FILTER (WHERE kind = 'EMPLOYMENT'))::int AS people,
              COALESCE(sum(hours_per_week * months_counted * $2::numeric) FILTER (WHERE kind IN ('PLACEMENT', 'EMPLOYMENT')), 0)
                + COALESCE(sum(activity_hours) FILTER (WHERE kind = 'OTHER_ACTIVITY'), 0) AS hours
         FROM sroi_realisations WHERE status = 'ACCEPTED' AND contract_id = ANY($1::uuid[])
        GROUP BY contract_id, kind, category`,
      [contractIds, WEEKS_PER_MONTH],
    );
  }

  private async scope(actor: Actor, input: SroiReportInput): Promise<{ views: ContractView[]; subjectName: string }> {
    const staff = actor.role === Role.ADMIN || actor.role === Role.ACCOUNTMANAGER;
    switch (input.scope) {
      case SroiReportScope.CONTRACT: {
        const v = await this.contracts.get(actor, input.id); // checks that the actor may read it
        return { views: [v], subjectName: `${v.reference} (${v.contractorName})` };
      }
      case SroiReportScope.CONTRACTOR: {
        if (!staff && !(actor.role === Role.EMPLOYER && actor.employerId === input.id)) throw new ForbiddenError('Alleen de eigen SROI-contracten zijn zichtbaar');
        if (!isUuid(input.id)) throw new NotFoundError('Werkgever', input.id);
        const [e] = await this.dataSource.query<{ name: string }[]>('SELECT name FROM employers WHERE id = $1', [input.id]);
        if (!e) throw new NotFoundError('Werkgever', input.id);
        return { views: await this.contracts.listAll(actor, { contractorId: input.id }), subjectName: e.name };
      }
      case SroiReportScope.MUNICIPALITY: {
        if (!staff) throw new ForbiddenError();
        const [m] = await this.dataSource.query<{ name: string }[]>('SELECT name FROM municipalities WHERE code = $1', [input.id]);
        if (!m) throw new NotFoundError('Gemeente', input.id);
        return { views: await this.contracts.listAll(actor, { municipalityCode: input.id }), subjectName: m.name };
      }
      case SroiReportScope.REGION: {
        if (!staff) throw new ForbiddenError();
        const [t] = await this.dataSource.query<{ name: string }[]>('SELECT region_name AS name FROM sroi_valuation_tables WHERE region_code = $1 LIMIT 1', [input.id]);
        if (!t) throw new NotFoundError('Regio', input.id);
        return { views: await this.contracts.listAll(actor, { regionCode: input.id }), subjectName: t.name };
      }
      default:
        throw new ValidationError('Onbekende scope', 'scope');
    }
  }
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const round1 = (x: number) => Math.round(x * 10) / 10;
