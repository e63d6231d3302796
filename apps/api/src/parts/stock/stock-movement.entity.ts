import type { ScrapAppraisal, StockInSource, StockLocation, StockMovementKind } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { MoneyScalar } from '../../common/scalars.js';
import { StockMovementKindEnum } from './stock-enums.js';
import { StockMovementReasonEnum, type StockMovementReason } from './stock-movement-reasons.js';

/**
 * 台账 One entry of the parts ledger: every change of stock, and every old part handed back.
 * Locations, part and the referenced records are field resolvers (stock-movement.resolver.ts).
 */
@ObjectType({ description: '库存台账 Stock ledger entry: who moved which part, when, why and at what cost' })
@Entity('stock_movement')
export class StockMovement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => StockMovementKindEnum)
  @Column({ type: 'text' })
  kind: StockMovementKind;

  @Field(() => String, { nullable: true, description: '入库来源 RECEIPT, LOCAL_PURCHASE, WORK_ORDER_RETURN, OPENING (IN only)' })
  @Column({ type: 'text', nullable: true })
  source: StockInSource | null;

  @Column({ type: 'uuid', name: 'part_id' })
  partId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'text', name: 'from_location', nullable: true })
  fromLocation: StockLocation | null;

  @Column({ type: 'uuid', name: 'from_center_id', nullable: true })
  fromCenterId: string | null;

  @Column({ type: 'text', name: 'to_location', nullable: true })
  toLocation: StockLocation | null;

  @Column({ type: 'uuid', name: 'to_center_id', nullable: true })
  toCenterId: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '成本 FIFO cost of the pieces going out, the receipt cost coming in' })
  @Column({ type: 'bigint', name: 'cost_fen', nullable: true, transformer: bigintToNumber })
  cost: number | null;

  @Column({ type: 'uuid', name: 'requisition_id', nullable: true })
  requisitionId: string | null;

  @Column({ type: 'uuid', name: 'work_order_id', nullable: true })
  workOrderId: string | null;

  @Column({ type: 'uuid', name: 'local_purchase_id', nullable: true })
  localPurchaseId: string | null;

  @Column({ type: 'uuid', name: 'write_off_id', nullable: true })
  writeOffId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  appraisal: ScrapAppraisal | null;

  /** The words of a movement made by hand; the GraphQL `reason` is a field resolver (a coded reason in the request's language). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => StockMovementReasonEnum, { nullable: true, description: 'The system’s reason as a code; null: a person’s reason (or none)' })
  @Column({ type: 'text', name: 'reason_code', nullable: true })
  reasonCode: StockMovementReason | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;
}
