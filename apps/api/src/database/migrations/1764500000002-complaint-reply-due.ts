import type { MigrationInterface, QueryRunner } from 'typeorm';
import { storeReplyDue } from '../../complaints/reply-due.js';

/**
 * The reply deadline a complaint is held to, stored so the work list orders by the domain's
 * `effectiveReplyDeadline` (tier days on the configured basis, the contractual term when sooner,
 * an agreed extension) instead of an SQL approximation of it (issue #11: one home for every
 * rule). Written by every write that can change it; existing complaints get it here by running
 * that same function.
 */
export class ComplaintReplyDue1764500000002 implements MigrationInterface {
  name = 'ComplaintReplyDue1764500000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE complaint ADD COLUMN reply_due_at timestamptz`);
    await storeReplyDue(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE complaint DROP COLUMN reply_due_at`);
  }
}
