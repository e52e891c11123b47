import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795328011783 implements MigrationInterface {
  name = 'InitialSchema1795328011783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'ACCOUNTMANAGER', 'CONSULTANT', 'JOBCOACH', 'EMPLOYER')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "display_name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "employer_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ccdd9dad36fd0b1ea94c4979a" ON "users"  ("employer_id") `);
    await queryRunner.query(`CREATE TABLE "municipalities" ("code" character(6) NOT NULL, "name" character varying(100) NOT NULL, "province" character varying(40), "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "population" integer NOT NULL, CONSTRAINT "PK_9e0e960d7323bb120dc5e915dd8" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b8cf722b934222a7dac3471332" ON "municipalities"  ("name") `);
    await queryRunner.query(`CREATE TABLE "postcodes" ("pc4" character(4) NOT NULL, "municipality_code" character(6) NOT NULL, "place" character varying(100), "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "population" integer NOT NULL, CONSTRAINT "PK_fcf8cf11d57ecc6644543bc86b2" PRIMARY KEY ("pc4"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c56800f93b3dfa1ff76740ffc7" ON "postcodes"  ("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "isco_groups" ("code" character varying(4) NOT NULL, "label_nl" character varying(300) NOT NULL, CONSTRAINT "PK_524ce5a0792eb4164cae391a52d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "esco_occupations" ("id" uuid NOT NULL, "concept_uri" character varying(200) NOT NULL, "isco_group" character varying(4) NOT NULL, "code" character varying(40) NOT NULL, "label_nl" character varying(300) NOT NULL, "alt_labels_nl" text array NOT NULL DEFAULT '{}', "label_en" character varying(300) NOT NULL, "description_nl" text, CONSTRAINT "PK_dd6000550fc836aad76734f28cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_be01c24ee941b39e02e51329ff" ON "esco_occupations"  ("concept_uri") `);
    await queryRunner.query(`CREATE INDEX "IDX_cc537856dffe1d240bcfeb9836" ON "esco_occupations"  ("isco_group") `);
    await queryRunner.query(`CREATE TABLE "esco_skills" ("id" uuid NOT NULL, "concept_uri" character varying(200) NOT NULL, "skill_type" character varying(40) NOT NULL, "reuse_level" character varying(40), "label_en" character varying(400) NOT NULL, "alt_labels_en" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_93c728aa06ca33879d0742a4a96" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_541f24f7ff7d539bab2d352328" ON "esco_skills"  ("concept_uri") `);
    await queryRunner.query(`CREATE TABLE "esco_occupation_skills" ("occupation_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "essential" boolean NOT NULL, CONSTRAINT "PK_8e06ffeea12a8a81a4159fffd1f" PRIMARY KEY ("occupation_id", "skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d90951688594b3aa4d55e2856f" ON "esco_occupation_skills"  ("skill_id") `);
    await queryRunner.query(`CREATE TYPE "public"."employer_size_class" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE')`);
    await queryRunner.query(`CREATE TYPE "public"."pipeline_stage" AS ENUM('PROSPECT', 'CONTACTED', 'MEETING', 'AGREEMENT', 'ACTIVE', 'LOST')`);
    await queryRunner.query(`CREATE TYPE "public"."pso_level" AS ENUM('AANLOOPTREDE', 'TREDE_1', 'TREDE_2', 'TREDE_3', 'PSO_30_PLUS')`);
    await queryRunner.query(`CREATE TABLE "employers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "kvk_number" character(8) NOT NULL, "sbi_section" character(1) NOT NULL, "size_class" "public"."employer_size_class" NOT NULL, "postcode" character(4) NOT NULL, "owner_id" uuid NOT NULL, "stage" "public"."pipeline_stage" NOT NULL DEFAULT 'PROSPECT', "lost_reason" text, "inclusive_employer" boolean NOT NULL DEFAULT false, "pso_level" "public"."pso_level", "pso_expires_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f2c1aea3e8d7aa3c5fba949c97d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_099e67f13da42a29cbcfb38c64" ON "employers"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4b8fbee39fa2f377e0857494c4" ON "employers"  ("kvk_number") `);
    await queryRunner.query(`CREATE INDEX "IDX_eefbaca300f72b92ca44011993" ON "employers"  ("postcode") `);
    await queryRunner.query(`CREATE INDEX "IDX_a1eed42f17b415269dda98aa33" ON "employers"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5ccee47a83917957b58048f723" ON "employers"  ("stage") `);
    await queryRunner.query(`CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "aggregate_type" character varying(60) NOT NULL, "aggregate_id" uuid NOT NULL, "type" character varying(80) NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_85ca65d119cee338ec8d714bfa" ON "outbox_events"  ("aggregate_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_54525a0166e10861a711112941" ON "outbox_events"  ("dispatched_at", "id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_7ccdd9dad36fd0b1ea94c4979af" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "postcodes" ADD CONSTRAINT "FK_c56800f93b3dfa1ff76740ffc79" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "esco_occupation_skills" ADD CONSTRAINT "FK_244946f1c7dbb072cf690df82bc" FOREIGN KEY ("occupation_id") REFERENCES "esco_occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "esco_occupation_skills" ADD CONSTRAINT "FK_d90951688594b3aa4d55e2856fd" FOREIGN KEY ("skill_id") REFERENCES "esco_skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employers" ADD CONSTRAINT "FK_eefbaca300f72b92ca44011993b" FOREIGN KEY ("postcode") REFERENCES "postcodes"("pc4") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employers" ADD CONSTRAINT "FK_a1eed42f17b415269dda98aa336" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "employers" DROP CONSTRAINT "FK_a1eed42f17b415269dda98aa336"`);
    await queryRunner.query(`ALTER TABLE "employers" DROP CONSTRAINT "FK_eefbaca300f72b92ca44011993b"`);
    await queryRunner.query(`ALTER TABLE "esco_occupation_skills" DROP CONSTRAINT "FK_d90951688594b3aa4d55e2856fd"`);
    await queryRunner.query(`ALTER TABLE "esco_occupation_skills" DROP CONSTRAINT "FK_244946f1c7dbb072cf690df82bc"`);
    await queryRunner.query(`ALTER TABLE "postcodes" DROP CONSTRAINT "FK_c56800f93b3dfa1ff76740ffc79"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_7ccdd9dad36fd0b1ea94c4979af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54525a0166e10861a711112941"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85ca65d119cee338ec8d714bfa"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ccee47a83917957b58048f723"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1eed42f17b415269dda98aa33"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eefbaca300f72b92ca44011993"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b8fbee39fa2f377e0857494c4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_099e67f13da42a29cbcfb38c64"`);
    await queryRunner.query(`DROP TABLE "employers"`);
    await queryRunner.query(`DROP TYPE "public"."pso_level"`);
    await queryRunner.query(`DROP TYPE "public"."pipeline_stage"`);
    await queryRunner.query(`DROP TYPE "public"."employer_size_class"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d90951688594b3aa4d55e2856f"`);
    await queryRunner.query(`DROP TABLE "esco_occupation_skills"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_541f24f7ff7d539bab2d352328"`);
    await queryRunner.query(`DROP TABLE "esco_skills"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc537856dffe1d240bcfeb9836"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be01c24ee941b39e02e51329ff"`);
    await queryRunner.query(`DROP TABLE "esco_occupations"`);
    await queryRunner.query(`DROP TABLE "isco_groups"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c56800f93b3dfa1ff76740ffc7"`);
    await queryRunner.query(`DROP TABLE "postcodes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8cf722b934222a7dac3471332"`);
    await queryRunner.query(`DROP TABLE "municipalities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ccdd9dad36fd0b1ea94c4979a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
