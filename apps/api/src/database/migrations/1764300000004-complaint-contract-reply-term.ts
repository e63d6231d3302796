import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 合同约定答复期限 (002 §(九)(3) 5), DOMAIN §3.9): a complaint registered under a contract that
 * has the purchaser answered within 2 working days, and the delay the purchaser agreed to
 * beforehand (rules in the domain's `deadlines.ts` and `reply-extension.ts`). Complaints
 * registered before this column existed had no such term. The checks keep an agreement whole
 * even if a rule were bypassed: the new time, who agreed, when and why come together, only on a
 * complaint under the term, with the new time after receipt. The table's grants and row-level
 * security (a partner sees its own center's complaints) cover the new columns.
 */
export class ComplaintContractReplyTerm1764300000004 implements MigrationInterface {
  name = 'ComplaintContractReplyTerm1764300000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE complaint
        ADD COLUMN contract_reply_term boolean NOT NULL DEFAULT false,
        ADD COLUMN reply_extended_to timestamptz,
        ADD COLUMN reply_extension_agreed_by text,
        ADD COLUMN reply_extension_agreed_at timestamptz,
        ADD COLUMN reply_extension_reason text,
        ADD CONSTRAINT ck_complaint_reply_extension_whole CHECK (
          (reply_extended_to IS NULL) = (reply_extension_agreed_by IS NULL)
          AND (reply_extended_to IS NULL) = (reply_extension_agreed_at IS NULL)
          AND (reply_extended_to IS NULL) = (reply_extension_reason IS NULL)
        ),
        ADD CONSTRAINT ck_complaint_reply_extension_texts CHECK (
          reply_extended_to IS NULL OR (
            length(btrim(reply_extension_agreed_by)) BETWEEN 1 AND 100
            AND length(btrim(reply_extension_reason)) BETWEEN 1 AND 500
          )
        ),
        ADD CONSTRAINT ck_complaint_reply_extension_term CHECK (
          reply_extended_to IS NULL OR (
            contract_reply_term
            AND reply_extended_to > received_at
            AND reply_extension_agreed_at >= received_at
            AND reply_extension_agreed_at < reply_extended_to
          )
        );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE complaint
        DROP CONSTRAINT ck_complaint_reply_extension_term,
        DROP CONSTRAINT ck_complaint_reply_extension_texts,
        DROP CONSTRAINT ck_complaint_reply_extension_whole,
        DROP COLUMN reply_extension_reason,
        DROP COLUMN reply_extension_agreed_at,
        DROP COLUMN reply_extension_agreed_by,
        DROP COLUMN reply_extended_to,
        DROP COLUMN contract_reply_term;
    `);
  }
}
