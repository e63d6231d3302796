import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The repeat-repair rule (DOMAIN §5) across centers. A unit is serviced by whoever the customer
 * calls, so the earlier repair of a fault may belong to head office or another center than the
 * later call; under the request role's row-level security a partner's call could neither see nor
 * mark it, and the earlier technician kept a first-time fix he had not earned (score point D3).
 *
 * Two narrow functions run as the owner instead, as `open_complaints_on_serial` does for
 * complaints: one reads what the rule needs of a unit's repairs of one fault and nothing that
 * identifies the customer; the other writes a judged result to one completed order, touching
 * only `first_time_fix` and `repeated_by_work_order_id` (with the version), and audits it under
 * the changed order's center. The judging itself stays in the domain (`firstTimeFixOf`).
 */
export class CrossCenterRepeatRepairs1764100000001 implements MigrationInterface {
  name = 'CrossCenterRepeatRepairs1764100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- A unit's orders for one fault, in every center, called or completed at or after 'since' (null:
      -- all of them; a unit's history of one fault is a few rows on ix_work_order_repeat). Outside
      -- a signed-in request's scope it answers nothing, as row-level security would.
      CREATE FUNCTION work_order_repair_history(unit_serial_key text, unit_fault_key text, since timestamptz)
        RETURNS TABLE (
          id uuid, status text, called_at timestamptz, completed_at timestamptz, outcome text,
          first_time_fix boolean, repeated_by_work_order_id uuid, repair_center_id uuid, version integer
        )
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT w.id, w.status, w.called_at, w.completed_at, w.outcome,
                 w.first_time_fix, w.repeated_by_work_order_id, w.repair_center_id, w.version
            FROM work_order w
           WHERE w.serial_key = unit_serial_key AND w.fault_key = unit_fault_key
             AND (since IS NULL OR w.called_at >= since OR w.completed_at >= since)
             AND coalesce(current_setting('app.scope', true), '') IN ('head_office', 'partner')
           ORDER BY w.called_at, w.id
        $$;
      REVOKE EXECUTE ON FUNCTION work_order_repair_history(text, text, timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION work_order_repair_history(text, text, timestamptz) TO aftersales_api;

      /*
       * Writes one judged result: a first-time fix (repeated_by null) or a repeat of the fault by a
       * later call for it on the same unit. Returns the new version, or null when the order is no
       * longer at expected_version (changed meanwhile: the caller reports a conflict). Refuses
       * anything the rule cannot produce, so it cannot be used to rewrite other orders' results.
       */
      CREATE FUNCTION apply_work_order_repeat_judgement(
        order_id uuid, expected_version integer, fix boolean, repeated_by uuid,
        by_kind text, by_id uuid, by_name text
      ) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $fn$
        DECLARE
          judged work_order%ROWTYPE;
          new_version integer;
        BEGIN
          IF coalesce(current_setting('app.scope', true), '') NOT IN ('head_office', 'partner') THEN
            RAISE EXCEPTION 'repeat repairs are judged inside a signed-in request' USING ERRCODE = 'insufficient_privilege';
          END IF;
          SELECT * INTO judged FROM work_order WHERE id = order_id FOR UPDATE;
          IF NOT FOUND OR judged.version <> expected_version THEN
            RETURN NULL;
          END IF;
          IF judged.status <> 'COMPLETED' OR judged.outcome = 'NOT_FIXED' OR fix IS NULL OR fix <> (repeated_by IS NULL) THEN
            RAISE EXCEPTION 'work order % (%, %) cannot be judged first_time_fix = %, repeated by %',
                order_id, judged.status, judged.outcome, fix, repeated_by
              USING ERRCODE = 'check_violation';
          END IF;
          IF repeated_by IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM work_order later
             WHERE later.id = repeated_by AND later.serial_key = judged.serial_key AND later.fault_key = judged.fault_key
               AND later.called_at > judged.completed_at AND later.status <> 'CANCELLED'
          ) THEN
            RAISE EXCEPTION 'work order % is not a later call for the fault of work order %', repeated_by, order_id
              USING ERRCODE = 'check_violation';
          END IF;
          UPDATE work_order
             SET first_time_fix = fix, repeated_by_work_order_id = repeated_by, version = version + 1, updated_at = now()
           WHERE id = order_id
          RETURNING version INTO new_version;
          INSERT INTO audit_entry (actor_kind, actor_id, actor_name, action, entity_type, entity_id, before, after, repair_center_id)
          VALUES (
            by_kind, by_id, by_name,
            CASE WHEN repeated_by IS NULL THEN 'FIRST_TIME_FIX' ELSE 'REPEAT_REPAIR' END,
            'WorkOrder', order_id::text,
            jsonb_build_object('firstTimeFix', judged.first_time_fix, 'repeatedByWorkOrderId', judged.repeated_by_work_order_id,
                               'version', judged.version),
            jsonb_build_object('firstTimeFix', fix, 'repeatedByWorkOrderId', repeated_by, 'version', new_version),
            judged.repair_center_id
          );
          RETURN new_version;
        END
        $fn$;
      REVOKE EXECUTE ON FUNCTION apply_work_order_repeat_judgement(uuid, integer, boolean, uuid, text, uuid, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION apply_work_order_repeat_judgement(uuid, integer, boolean, uuid, text, uuid, text) TO aftersales_api;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION apply_work_order_repeat_judgement(uuid, integer, boolean, uuid, text, uuid, text);
      DROP FUNCTION work_order_repair_history(text, text, timestamptz);
    `);
  }
}
