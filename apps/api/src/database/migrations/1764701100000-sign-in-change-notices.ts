import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #12: the API keeps what a credential was found to be (the key or user, its center, the
 * key settings) between requests, so a busy partner's requests cost no sign-in statement. It may
 * only do so while the database tells every API process, the moment a change commits, that one of
 * those rows changed: these triggers send `NOTIFY sign_in_changed` (delivered at commit, only if
 * it commits). An API key's "last used" stamp, written at most once a minute per key, is no such
 * change; everything else about a key is.
 */
export class SignInChangeNotices1764701100000 implements MigrationInterface {
  name = 'SignInChangeNotices1764701100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_sign_in_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('sign_in_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$;

      CREATE TRIGGER api_key_sign_in_changed AFTER UPDATE ON api_key FOR EACH ROW
        WHEN ((to_jsonb(OLD) - 'last_used_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_used_at'))
        EXECUTE FUNCTION notify_sign_in_changed();
      CREATE TRIGGER api_key_sign_in_removed AFTER DELETE ON api_key FOR EACH STATEMENT EXECUTE FUNCTION notify_sign_in_changed();
      CREATE TRIGGER app_user_sign_in_changed AFTER UPDATE OR DELETE ON app_user FOR EACH STATEMENT EXECUTE FUNCTION notify_sign_in_changed();
      CREATE TRIGGER repair_center_sign_in_changed AFTER UPDATE OR DELETE ON repair_center FOR EACH STATEMENT EXECUTE FUNCTION notify_sign_in_changed();
      -- The API key settings (the default request limit) come with each key.
      CREATE TRIGGER app_setting_sign_in_changed AFTER INSERT OR UPDATE OR DELETE ON app_setting FOR EACH STATEMENT EXECUTE FUNCTION notify_sign_in_changed();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER api_key_sign_in_changed ON api_key;
      DROP TRIGGER api_key_sign_in_removed ON api_key;
      DROP TRIGGER app_user_sign_in_changed ON app_user;
      DROP TRIGGER repair_center_sign_in_changed ON repair_center;
      DROP TRIGGER app_setting_sign_in_changed ON app_setting;
      DROP FUNCTION notify_sign_in_changed();
    `);
  }
}
