import { lineValue, outstandingQuantity } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { LocalDateScalar, MoneyScalar } from '../../common/scalars.js';

/** One part on a requisition, with its approval, shipping and receipt progress. */
@ObjectType({ description: '领用单明细 Requisition line' })
@Entity('parts_requisition_line')
export class PartsRequisitionLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'requisition_id' })
  requisitionId: string;

  /** The requisition's center, for row-level security. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => Int, { description: 'Line number, from 1' })
  @Column({ type: 'integer', name: 'line_no' })
  lineNo: number;

  @Column({ type: 'uuid', name: 'part_id' })
  partId: string;

  @Field(() => String, { nullable: true, description: '规格' })
  @Column({ type: 'text', nullable: true })
  spec: string | null;

  @Field(() => Int, { description: '申请数量' })
  @Column({ type: 'integer', name: 'requested_quantity' })
  requestedQuantity: number;

  @Field(() => Int, { description: '核定数量: the approved quantity (the requested one until approval; 0 = struck out)' })
  @Column({ type: 'integer' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'The part’s unit cost when the line was written' })
  @Column({ type: 'bigint', name: 'unit_cost_fen', transformer: bigintToNumber })
  unitCost: number;

  @Field(() => Boolean, { description: '易损件' })
  @Column({ type: 'boolean', name: 'wear_part' })
  wearPart: boolean;

  @Field(() => Int, { description: '已发数量' })
  @Column({ type: 'integer', name: 'shipped_quantity', default: 0 })
  shippedQuantity: number;

  @Field(() => Int, { nullable: true, description: '实收数量: null until the receipt is confirmed' })
  @Column({ type: 'integer', name: 'received_quantity', nullable: true })
  receivedQuantity: number | null;

  @Field(() => String, { nullable: true, description: 'Why the received quantity differs from the shipped one' })
  @Column({ type: 'text', name: 'receipt_note', nullable: true })
  receiptNote: string | null;

  @Field(() => String, { nullable: true, description: '生产单号: commerce’s back-order feedback' })
  @Column({ type: 'text', name: 'production_order_number', nullable: true })
  productionOrderNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '预计交货日期: commerce’s back-order feedback' })
  @Column({ type: 'date', name: 'expected_on', nullable: true })
  expectedOn: string | null;

  @Field(() => MoneyScalar, { description: 'quantity × unit cost' })
  get value(): number {
    return lineValue(this);
  }

  @Field(() => Int, { description: 'Pieces approved and not yet shipped' })
  get outstandingQuantity(): number {
    return outstandingQuantity(this);
  }

  @Field(() => Int, { nullable: true, description: 'received − shipped: negative when pieces are missing' })
  get receiptDifference(): number | null {
    return this.receivedQuantity == null ? null : this.receivedQuantity - this.shippedQuantity;
  }
}
