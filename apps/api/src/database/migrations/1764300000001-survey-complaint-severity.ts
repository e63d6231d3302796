import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How grave CS judged a survey's complaint when opening it (003 §20, DOMAIN §7): ORDINARY (一般,
 * the service dept handles it and tells the customer) or MAJOR (重大, put before the VP in charge).
 * Set exactly when a complaint was opened from the survey; complaints opened before this column
 * existed were all ordinary.
 */
export class SurveyComplaintSeverity1764300000001 implements MigrationInterface {
  name = 'SurveyComplaintSeverity1764300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE survey ADD COLUMN complaint_severity text
        CONSTRAINT ck_survey_complaint_severity CHECK (complaint_severity IN ('ORDINARY', 'MAJOR'));
      UPDATE survey SET complaint_severity = 'ORDINARY' WHERE complaint_id IS NOT NULL;
      ALTER TABLE survey ADD CONSTRAINT ck_survey_complaint_severity_with_complaint
        CHECK ((complaint_id IS NULL) = (complaint_severity IS NULL));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE survey DROP CONSTRAINT ck_survey_complaint_severity_with_complaint;
      ALTER TABLE survey DROP COLUMN complaint_severity;
    `);
  }
}
