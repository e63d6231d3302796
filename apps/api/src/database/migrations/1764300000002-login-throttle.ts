import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-in counters of rate-limiter-flexible's PostgreSQL store (auth/login-throttle.ts),
 * shared by every API process. The columns and their order are the library's own (it inserts
 * `VALUES (key, points, expire)`, expire in epoch milliseconds); it is told the table exists so it
 * never runs DDL itself. Counters are not tenant data: no row-level security.
 */
export class LoginThrottle1764300000002 implements MigrationInterface {
  name = 'LoginThrottle1764300000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_throttle (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      -- The library deletes rows that expired an hour ago every five minutes.
      CREATE INDEX ix_login_throttle_expire ON login_throttle (expire);
      GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO aftersales_api;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_throttle;`);
  }
}
