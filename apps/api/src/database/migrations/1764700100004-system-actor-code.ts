import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The system's own changes were signed '系统 system'; they are signed with the code 'SYSTEM'
 * (issue #13) and worded by each reader (the audit by actor_kind, a center's history by bySystem).
 */
export class SystemActorCode1764700100004 implements MigrationInterface {
  name = 'SystemActorCode1764700100004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE audit_entry SET actor_name = 'SYSTEM' WHERE actor_kind = 'SYSTEM' AND actor_name = '系统 system';
      UPDATE center_status_change SET actor_name = 'SYSTEM' WHERE actor_name = '系统 system';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE audit_entry SET actor_name = '系统 system' WHERE actor_kind = 'SYSTEM' AND actor_name = 'SYSTEM';
      UPDATE center_status_change SET actor_name = '系统 system' WHERE actor_name = 'SYSTEM';
    `);
  }
}
