import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_REVOCATION = /^(\S+) ([\s\S]*?) 已取消授权：([\s\S]*)$/;
const OLD_OVERDUE_REASON = /^整改期限 (\d{4}-\d{2}-\d{2}) 已过，未通过整改复查，自动取消授权$/;

/**
 * The dashboard's revocation notice stored a Chinese sentence ("FZ01 福州维修中心 已取消授权：…");
 * it becomes the code CENTER_REVOKED with the center's code, name and reason (a person's words, or
 * the system's coded reason), worded for each reader (issue #13). Other notices keep their text.
 */
export class DashboardNoticeCodes1764700900001 implements MigrationInterface {
  name = 'DashboardNoticeCodes1764700900001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE dashboard_notice
        ALTER COLUMN message DROP NOT NULL,
        ADD COLUMN message_code text CHECK (message_code IN ('CENTER_REVOKED')),
        ADD COLUMN message_values jsonb,
        ADD CONSTRAINT ck_dashboard_notice_message CHECK ((message IS NULL) <> (message_code IS NULL) AND (message_code IS NULL) = (message_values IS NULL))
    `);
    const rows: { id: string; message: string }[] = await db.query(`SELECT id, message FROM dashboard_notice WHERE kind = 'CENTER_REVOKED'`);
    for (const row of rows) {
      const [, centerCode, centerName, reason] = OLD_REVOCATION.exec(row.message) ?? [];
      if (centerCode === undefined || reason === undefined) continue;
      const deadline = OLD_OVERDUE_REASON.exec(reason)?.[1];
      const values = { centerCode, centerName, reason: deadline ? { code: 'RECTIFICATION_OVERDUE', deadline } : reason };
      await db.query(`UPDATE dashboard_notice SET message = NULL, message_code = 'CENTER_REVOKED', message_values = $2 WHERE id = $1`, [row.id, JSON.stringify(values)]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE dashboard_notice DROP CONSTRAINT ck_dashboard_notice_message;
      UPDATE dashboard_notice SET message = (message_values->>'centerCode') || ' ' || (message_values->>'centerName') || ' 已取消授权：' || CASE
          WHEN jsonb_typeof(message_values->'reason') = 'string' THEN message_values->>'reason'
          ELSE '整改期限 ' || (message_values->'reason'->>'deadline') || ' 已过，未通过整改复查，自动取消授权' END
        WHERE message_code = 'CENTER_REVOKED';
      ALTER TABLE dashboard_notice DROP COLUMN message_code, DROP COLUMN message_values, ALTER COLUMN message SET NOT NULL;
    `);
  }
}
