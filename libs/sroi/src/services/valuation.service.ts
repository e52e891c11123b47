import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionShape, isIsoDate, PageArgs, paginate, ValidationError } from '@wsp/common';
import { decimalUnits, fraction, hasAtMostDecimals } from '../domain/arithmetic';
import { countMonths } from '../domain/months';
import { valuePerson } from '../domain/valuation';
import { SroiValuationTableEntity } from '../entities/valuation-table.entity';
import { SroiValuationInput, SroiValuationModel, SroiValuationTableModel } from '../graphql/valuation.models';
import { tableByCode, tableFacts, TableFacts } from './sroi-store';

/** The valuation calculator and the valuation tables. */
@Injectable()
export class ValuationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async valuate(input: SroiValuationInput): Promise<SroiValuationModel> {
    const hasDates = input.startDate != null || input.endDate != null;
    const hasMonths = input.months != null;
    if (hasDates === hasMonths) throw new ValidationError('Geef óf start- en einddatum, óf het aantal maanden', hasMonths ? 'months' : 'startDate');
    let months;
    if (hasMonths) {
      const m = input.months!;
      if (!(m >= 0) || m > 600) throw new ValidationError('Het aantal maanden ligt tussen 0 en 600', 'months');
      if (!hasAtMostDecimals(m, 4)) throw new ValidationError('Geef de maanden in hoogstens vier decimalen', 'months');
      months = fraction(decimalUnits(m, 4), 10_000);
    } else {
      if (!input.startDate || !isIsoDate(input.startDate)) throw new ValidationError('Geef de startdatum als JJJJ-MM-DD', 'startDate');
      if (!input.endDate || !isIsoDate(input.endDate)) throw new ValidationError('Geef de einddatum als JJJJ-MM-DD', 'endDate');
      if (input.endDate < input.startDate) throw new ValidationError('De einddatum ligt vóór de startdatum', 'endDate');
      months = countMonths(input.startDate, input.endDate);
    }
    if (!Number.isFinite(input.hoursPerWeek) || !hasAtMostDecimals(input.hoursPerWeek, 2)) {
      throw new ValidationError('Geef de uren in hoogstens twee decimalen', 'hoursPerWeek');
    }
    const table = await tableByCode(this.dataSource.manager, input.tableCode);
    const v = valuePerson(table, { category: input.category, hoursPerWeek: input.hoursPerWeek, months, bonuses: input.bonuses ?? [] });
    return {
      valueCents: v.valueCents,
      tableCode: table.code,
      category: input.category,
      categoryYearlyValueCents: v.categoryYearlyValueCents,
      bonusYearlyValueCents: v.bonusYearlyValueCents,
      bonusesApplied: v.bonusesApplied,
      fullTimeHours: table.fullTimeHours,
      hoursFactor: v.hoursFactor,
      monthsRequested: v.monthsRequested,
      monthsCounted: v.monthsCounted,
      monthsFactor: v.monthsCounted / 12,
      capMonths: v.capMonths,
      capApplied: v.capApplied,
    };
  }

  /** Tables by region, newest first. */
  async tables(regionCode: string | undefined, page: PageArgs): Promise<ConnectionShape<SroiValuationTableModel>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(SroiValuationTableEntity, 't')
      .orderBy('t.region_code', 'ASC')
      .addOrderBy('t.effective_from', 'DESC')
      .addOrderBy('t.id', 'ASC');
    if (regionCode) qb.where('t.region_code = :regionCode', { regionCode });
    const result = await paginate(qb, page);
    const facts = await Promise.all(result.nodes.map((t) => tableFacts(this.dataSource.manager, t.id)));
    const nodes = facts.map(toModel);
    return { ...result, nodes, edges: result.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }
}

export function toModel(t: TableFacts): SroiValuationTableModel {
  return {
    code: t.code,
    name: t.name,
    regionCode: t.regionCode,
    regionName: t.regionName,
    effectiveFrom: t.effectiveFrom,
    fullTimeHours: t.fullTimeHours,
    activityHourlyValueCents: t.activityHourlyValueCents,
    purchaseCountPercent: t.purchaseCountPercent,
    purchaseCapPercent: t.purchaseCapPercent,
    obligationThresholdCents: t.obligationThresholdCents,
    source: t.source,
    categories: [...t.categories].map(([category, c]) => ({ category, yearlyValueCents: c.yearlyValueCents, capMonths: c.capMonths })),
    bonuses: [...t.bonuses].map(([bonus, b]) => ({ bonus, yearlyValueCents: b.yearlyValueCents, minAge: b.minAge })),
  };
}
