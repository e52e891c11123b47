import { Logger } from '@nestjs/common';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadReferenceData, REFERENCE_TABLES } from '@wsp/reference-data';

/**
 * Data migration: loads the public reference data (CBS municipalities and PC4 areas, ESCO
 * occupations and skills, ISCO-08 groups) from data/reference into the reference tables.
 * Runs in the migration's transaction, so a failed load leaves the tables empty.
 */
export class LoadReferenceData1795328011790 implements MigrationInterface {
  name = 'LoadReferenceData1795328011790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const started = Date.now();
    const counts = await loadReferenceData(queryRunner);
    new Logger('LoadReferenceData').log({ msg: 'Reference data loaded', ms: Date.now() - started, ...counts });
  }

  /**
   * Empties the reference tables, children first. DELETE rather than TRUNCATE ... CASCADE: rows of
   * other contexts that still refer to a postcode or occupation make this fail instead of being
   * silently deleted with it.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...REFERENCE_TABLES].reverse()) {
      await queryRunner.query(`DELETE FROM "${table}"`);
    }
  }
}
