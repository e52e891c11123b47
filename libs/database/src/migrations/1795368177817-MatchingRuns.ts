import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingRuns1795368177817 implements MigrationInterface {
  name = 'MatchingRuns1795368177817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_run_items" ("run_id" uuid NOT NULL, "vacancy_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "failed" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_f04ab36506e73216d94122048fd" PRIMARY KEY ("run_id", "vacancy_id"))`);
    await queryRunner.query(`CREATE TABLE "match_scopes" ("kind" character varying(10) NOT NULL, "subject_id" uuid NOT NULL, "seq" bigint NOT NULL, CONSTRAINT "CHK_match_scopes_kind" CHECK (kind IN ('VACANCY', 'CANDIDATE')), CONSTRAINT "PK_a10bcf54d0ec981208be899d9ac" PRIMARY KEY ("kind", "subject_id"))`);
    await queryRunner.query(`ALTER TABLE "match_runs" ADD "idempotency_key" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "match_runs" ADD "reference_date" date`);
    await queryRunner.query(`CREATE INDEX "IDX_30a5e098a7675343fa67e116da" ON "vacancies"  ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ed9c7e1157bf98c5b2b80b1fd7" ON "candidates"  ("updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_93338d079ecea1d2b046308c47" ON "match_runs"  ("idempotency_key") `);
    await queryRunner.query(`ALTER TABLE "match_run_items" ADD CONSTRAINT "FK_f270a4eaeb7a000622a08ba727d" FOREIGN KEY ("run_id") REFERENCES "match_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_run_items" DROP CONSTRAINT "FK_f270a4eaeb7a000622a08ba727d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93338d079ecea1d2b046308c47"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed9c7e1157bf98c5b2b80b1fd7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30a5e098a7675343fa67e116da"`);
    await queryRunner.query(`ALTER TABLE "match_runs" DROP COLUMN "reference_date"`);
    await queryRunner.query(`ALTER TABLE "match_runs" DROP COLUMN "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "match_scopes"`);
    await queryRunner.query(`DROP TABLE "match_run_items"`);
  }
}
