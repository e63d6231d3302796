import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14 item 7: an API key's scope and own request limit, and its requests per day.
 *
 * Existing keys become READ_WRITE: they were issued with full access, and partners' integrations
 * already register complaints and update work orders through them; making them read-only would
 * break those integrations without warning. Head office narrows a key to READ on the key page.
 * `rate_limit_per_minute` null means the key follows the default in the `apiKeys` settings.
 *
 * `api_key_daily_usage` is written by the API's usage counter (a few statements a minute per
 * process, not one per request) on the tables' owner; callers read it through the key's own policy.
 */
export class ApiKeyScopesAndUsage1764700600000 implements MigrationInterface {
  name = 'ApiKeyScopesAndUsage1764700600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE api_key
        ADD COLUMN scope text NOT NULL DEFAULT 'READ_WRITE' CONSTRAINT ck_api_key_scope CHECK (scope IN ('READ', 'READ_WRITE')),
        ADD COLUMN rate_limit_per_minute integer CONSTRAINT ck_api_key_rate_limit CHECK (rate_limit_per_minute BETWEEN 1 AND 1000000);

      CREATE TABLE api_key_daily_usage (
        api_key_id uuid NOT NULL CONSTRAINT fk_api_key_daily_usage_key REFERENCES api_key (id) ON DELETE CASCADE,
        day date NOT NULL,
        requests bigint NOT NULL CONSTRAINT ck_api_key_daily_usage_requests CHECK (requests >= 0),
        CONSTRAINT pk_api_key_daily_usage PRIMARY KEY (api_key_id, day)
      );
      ALTER TABLE api_key_daily_usage ENABLE ROW LEVEL SECURITY;
      -- A partner sees the usage of the keys api_key's own policy lets it see.
      CREATE POLICY api_key_daily_usage_by_key ON api_key_daily_usage
        USING ((SELECT app_head_office()) OR EXISTS (SELECT 1 FROM api_key k WHERE k.id = api_key_id))
        WITH CHECK ((SELECT app_head_office()) OR EXISTS (SELECT 1 FROM api_key k WHERE k.id = api_key_id));
      GRANT SELECT ON api_key_daily_usage TO aftersales_api;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE api_key_daily_usage;
      ALTER TABLE api_key DROP COLUMN rate_limit_per_minute, DROP COLUMN scope;
    `);
  }
}
