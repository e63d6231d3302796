import { ASSESSMENT_ITEM_LABELS, ASSESSMENT_ITEMS } from '@aftersales/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const ITEM_BY_CHINESE_LABEL = new Map(ASSESSMENT_ITEMS.map((item) => [ASSESSMENT_ITEM_LABELS[item].zh, item]));
/** The way back: an item code as the Chinese label the old sentence used. */
const ITEM_LABEL_SQL = `CASE item ${ASSESSMENT_ITEMS.map((item) => `WHEN '${item}' THEN '${ASSESSMENT_ITEM_LABELS[item].zh}'`).join(' ')} END`;

/**
 * A center's status history stored the system's reasons as mixed-language sentences
 * ("新建授权 Authorized"); they become codes with their values (issue #13), read in each
 * reader's language. Rows written by hand keep their words. The sentences are the ones the API
 * wrote before this migration; anything else is left as it is.
 */
export class CenterStatusReasonCodes1764700100002 implements MigrationInterface {
  name = 'CenterStatusReasonCodes1764700100002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE center_status_change
        ALTER COLUMN reason DROP NOT NULL,
        ADD COLUMN reason_code text CHECK (reason_code IN ('AUTHORIZED', 'ASSESSMENT_FAILED', 'RECTIFICATION_PASSED', 'RECTIFICATION_OVERDUE')),
        ADD COLUMN reason_deadline date,
        ADD COLUMN reason_items text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT ck_center_status_change_reason CHECK ((reason IS NULL) <> (reason_code IS NULL));
      UPDATE center_status_change SET reason = NULL, reason_code = 'AUTHORIZED' WHERE reason = '新建授权 Authorized';
      UPDATE center_status_change SET reason = NULL, reason_code = 'RECTIFICATION_PASSED' WHERE reason = '整改复查合格，恢复正常';
    `);
    await db.query(`
      UPDATE center_status_change SET reason = NULL, reason_code = 'RECTIFICATION_OVERDUE', reason_deadline = substring(reason FROM '^整改期限 (\\d{4}-\\d{2}-\\d{2}) 已过')::date
      WHERE reason ~ '^整改期限 \\d{4}-\\d{2}-\\d{2} 已过，未通过整改复查，自动取消授权$'
    `);
    const failed: { id: string; reason: string }[] = await db.query(`SELECT id, reason FROM center_status_change WHERE reason ~ '^考核不合格（.*），限期整改至 \\d{4}-\\d{2}-\\d{2}$'`);
    for (const row of failed) {
      const [, labels = '', deadline] = /^考核不合格（(.*)），限期整改至 (\d{4}-\d{2}-\d{2})$/.exec(row.reason) ?? [];
      const items = labels.split('、').map((label) => ITEM_BY_CHINESE_LABEL.get(label));
      if (items.some((item) => item === undefined)) continue;
      await db.query(`UPDATE center_status_change SET reason = NULL, reason_code = 'ASSESSMENT_FAILED', reason_deadline = $2, reason_items = $3 WHERE id = $1`, [row.id, deadline, items]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE center_status_change DROP CONSTRAINT ck_center_status_change_reason;
      UPDATE center_status_change SET reason = CASE reason_code
          WHEN 'AUTHORIZED' THEN '新建授权 Authorized'
          WHEN 'RECTIFICATION_PASSED' THEN '整改复查合格，恢复正常'
          WHEN 'RECTIFICATION_OVERDUE' THEN '整改期限 ' || reason_deadline || ' 已过，未通过整改复查，自动取消授权'
          ELSE '考核不合格（' || array_to_string(ARRAY(
            SELECT ${ITEM_LABEL_SQL} FROM unnest(reason_items) WITH ORDINALITY AS failed (item, position) ORDER BY position), '、')
            || '），限期整改至 ' || reason_deadline END
        WHERE reason_code IS NOT NULL;
      ALTER TABLE center_status_change DROP COLUMN reason_code, DROP COLUMN reason_deadline, DROP COLUMN reason_items,
        ALTER COLUMN reason SET NOT NULL;
    `);
  }
}
