import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data migration: the SROI valuation tables (bouwblokken) of two regions, as reference data.
 * Amounts are eurocents per year at 36 hours a week; cap_months null = counts always.
 *
 * 1. Haaglanden, from 2023-07-01 (WSP Haaglanden bouwblokken, values as given in issue 5):
 *    Participatiewet 40,000 (24 months), banenafspraak/doelgroepregister/Wsw/Wajong 50,000
 *    (always), WW 20,000 (12 months), WIA 30,000, no benefit 5,000, BBL up to level 2 25,000,
 *    level 3+ 15,000, intern mbo/hbo 5,000, VSO/PrO 7,500; bonuses 55+ 10,000 and arbeidsbeperking
 *    10,000; other activities €100 an hour; sociale inkoop counts 100%.
 * 2. Utrecht, values as published by the gemeente Utrecht ("Bouwblokkenmodel social return",
 *    utrecht.nl/werk-en-inkomen/aan-het-werk/social-return/bouwblokkenmodel-social-return, read
 *    in 2026): Participatiewet < 2 years 30,000, > 2 years 40,000; WW < 1 year 15,000, > 1 year
 *    20,000; Wia/Wao 30,000; doelgroepen banenafspraak 35,000 (also Wsw employment); no benefit
 *    10,000; Bbl-traject 15,000 (one value for every level); Bol-traject 10,000; + 10,000 for a
 *    permanent contract; + 5,000 for 50+; other activities €100 an hour; invoices of an SW-bedrijf
 *    count at their amount. The page states no effective date and no counting caps: the seed
 *    starts the table on 2024-01-01 and caps nothing (months are still limited by the contract).
 * Both use the default obligation threshold of €200,000.
 */
export class SeedSroiValuationTables1795368904300 implements MigrationInterface {
  name = 'SeedSroiValuationTables1795368904300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.table(queryRunner, {
      code: 'HAAGLANDEN-2023',
      regionCode: 'HAAGLANDEN',
      regionName: 'Haaglanden',
      name: 'Bouwblokken SROI Haaglanden per 1 juli 2023',
      effectiveFrom: '2023-07-01',
      source: 'WSP Haaglanden, bouwblokken social return per 2023-07-01 (issue 5)',
      categories: [
        ['PARTICIPATIEWET', 4_000_000, 24],
        ['BANENAFSPRAAK', 5_000_000, null],
        ['WW', 2_000_000, 12],
        ['WIA', 3_000_000, null],
        ['NO_BENEFIT', 500_000, null],
        ['BBL_LEVEL_1_2', 2_500_000, null],
        ['BBL_LEVEL_3_PLUS', 1_500_000, null],
        ['INTERN_MBO_HBO', 500_000, null],
        ['INTERN_VSO_PRO', 750_000, null],
      ],
      bonuses: [
        ['AGE', 1_000_000, 55],
        ['ARBEIDSBEPERKING', 1_000_000, null],
      ],
    });
    await this.table(queryRunner, {
      code: 'UTRECHT-2024',
      regionCode: 'UTRECHT',
      regionName: 'Utrecht',
      name: 'Bouwblokkenmodel social return gemeente Utrecht',
      effectiveFrom: '2024-01-01',
      source: 'Gemeente Utrecht, Bouwblokkenmodel social return (utrecht.nl); no effective date or counting caps published',
      categories: [
        ['PARTICIPATIEWET', 3_000_000, null],
        ['PARTICIPATIEWET_LONG_TERM', 4_000_000, null],
        ['WW', 1_500_000, null],
        ['WW_LONG_TERM', 2_000_000, null],
        ['WIA', 3_000_000, null],
        ['BANENAFSPRAAK', 3_500_000, null],
        ['NO_BENEFIT', 1_000_000, null],
        ['BBL_LEVEL_1_2', 1_500_000, null],
        ['BBL_LEVEL_3_PLUS', 1_500_000, null],
        ['INTERN_MBO_HBO', 1_000_000, null],
      ],
      bonuses: [
        ['AGE', 500_000, 50],
        ['PERMANENT_CONTRACT', 1_000_000, null],
      ],
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Categories and bonuses go with their table (ON DELETE CASCADE); contracts still using one make this fail.
    await queryRunner.query(`DELETE FROM sroi_valuation_tables WHERE code IN ('HAAGLANDEN-2023', 'UTRECHT-2024')`);
  }

  private async table(
    queryRunner: QueryRunner,
    t: {
      code: string;
      regionCode: string;
      regionName: string;
      name: string;
      effectiveFrom: string;
      source: string;
      categories: [string, number, number | null][];
      bonuses: [string, number, number | null][];
    },
  ): Promise<void> {
    const rows = (await queryRunner.query(
      `INSERT INTO sroi_valuation_tables (code, region_code, region_name, name, effective_from, full_time_hours, activity_hourly_value_cents,
                                          purchase_count_percent, purchase_cap_percent, obligation_threshold_cents, source)
       VALUES ($1, $2, $3, $4, $5, 36, 10000, 100, NULL, 20000000, $6) RETURNING id`,
      [t.code, t.regionCode, t.regionName, t.name, t.effectiveFrom, t.source],
    )) as { id: string }[];
    const tableId = rows[0].id;
    for (const [category, cents, cap] of t.categories) {
      await queryRunner.query(`INSERT INTO sroi_valuation_categories (table_id, category, yearly_value_cents, cap_months) VALUES ($1, $2, $3, $4)`, [
        tableId,
        category,
        cents,
        cap,
      ]);
    }
    for (const [bonus, cents, minAge] of t.bonuses) {
      await queryRunner.query(`INSERT INTO sroi_valuation_bonuses (table_id, bonus, yearly_value_cents, min_age) VALUES ($1, $2, $3, $4)`, [tableId, bonus, cents, minAge]);
    }
  }
}
