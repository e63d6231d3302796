import { nextApprover, type PartsSettings, type RequisitionApprover, type RequisitionStatus } from '@aftersales/domain';

/** Anything that runs SQL with `$n` parameters: a transaction's EntityManager or a migration's QueryRunner. */
interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface StoredRequisition {
  id: string;
  status: RequisitionStatus;
  purpose: 'REPAIR' | 'STOCKING';
  next_approver_role: RequisitionApprover | null;
}

/**
 * Stores `parts_requisition.next_approver_role` as the domain's `nextApprover` answers it for each
 * requisition as it now stands (status, current quantities, signatures, settings). The column is
 * what the `waitingForMe` filter and `allowedActions` read, so the signing rule lives only in the
 * domain. Called in the transaction of every write that can change the answer: a requisition's
 * own changes, a new threshold, the migration's back-fill. Without `ids`, every SUBMITTED
 * requisition is refreshed: for any other status the domain answers nobody, and a status only
 * changes through a requisition's own write.
 */
export async function storeNextApprovers(db: Sql, settings: PartsSettings, ids?: readonly string[]): Promise<void> {
  const requisitions = (await db.query(
    `SELECT id, status, purpose, next_approver_role FROM parts_requisition
      WHERE CASE WHEN $1::uuid[] IS NULL THEN status = 'SUBMITTED' ELSE id = ANY($1::uuid[]) END`,
    [ids ?? null],
  )) as StoredRequisition[];
  if (requisitions.length === 0) return;
  const all = requisitions.map((requisition) => requisition.id);
  const lines = (await db.query(
    `SELECT requisition_id, quantity, unit_cost_fen FROM parts_requisition_line
      WHERE requisition_id = ANY($1::uuid[])`,
    [all],
  )) as { requisition_id: string; quantity: number; unit_cost_fen: string }[];
  const signatures = (await db.query(
    `SELECT requisition_id, approver_role FROM parts_requisition_approval
      WHERE decision = 'APPROVED' AND requisition_id = ANY($1::uuid[])`,
    [all],
  )) as { requisition_id: string; approver_role: RequisitionApprover }[];
  for (const requisition of requisitions) {
    const next = nextApprover(
      requisition.status,
      {
        purpose: requisition.purpose,
        lines: lines
          .filter((line) => line.requisition_id === requisition.id)
          .map((line) => ({ quantity: line.quantity, unitCost: Number(line.unit_cost_fen) })),
      },
      signatures.filter((signature) => signature.requisition_id === requisition.id).map((signature) => signature.approver_role),
      settings,
    );
    if (next !== requisition.next_approver_role) {
      await db.query(`UPDATE parts_requisition SET next_approver_role = $2 WHERE id = $1`, [requisition.id, next]);
    }
  }
}
