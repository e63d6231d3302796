import { localPurchaseValue, type LocalPurchaseReason, type StockLocation, type SupplierQuote } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { MoneyScalar } from '../../common/scalars.js';
import { LocalPurchaseReasonEnum, LocalPurchaseStatusEnum, type LocalPurchaseStatus } from './local-purchase-enums.js';
import { SyncStampColumn } from '../../common/incremental-sync.js';

@ObjectType('SupplierQuote', { description: '报价 A supplier’s quote per piece (三家价格对比)' })
export class SupplierQuoteView implements SupplierQuote {
  @Field(() => String)
  supplier: string;

  @Field(() => MoneyScalar)
  unitPrice: number;
}

/**
 * 就地购置 (004 §6.1): an urgent part bought near the customer with the CS leader's consent,
 * recorded with supplier, price and the quotes compared; it enters the location's stock when bought.
 */
@ObjectType('LocalPurchase', { description: '就地购置 Urgent local purchase of a 三包 part' })
@Entity('local_purchase')
export class LocalPurchase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '购置单号 GZ-<year>-<6 digits>' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => LocalPurchaseStatusEnum)
  @Column({ type: 'text' })
  status: LocalPurchaseStatus;

  /** Exposed by the resolver as a StockLocation. */
  @Column({ type: 'text' })
  location: StockLocation;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => [LocalPurchaseReasonEnum])
  @Column({ type: 'text', array: true })
  reasons: LocalPurchaseReason[];

  @Column({ type: 'uuid', name: 'work_order_id', nullable: true })
  workOrderId: string | null;

  @Column({ type: 'uuid', name: 'complaint_id', nullable: true })
  complaintId: string | null;

  @Column({ type: 'uuid', name: 'part_id' })
  partId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity: number;

  @Field(() => String, { description: '供应商 bought from' })
  @Column({ type: 'text' })
  supplier: string;

  @Field(() => MoneyScalar, { description: '单价' })
  @Column({ type: 'bigint', name: 'unit_price_fen', transformer: bigintToNumber })
  unitPrice: number;

  @Field(() => [SupplierQuoteView], { description: '比价 the quotes compared' })
  @Column({ type: 'jsonb' })
  quotes: SupplierQuote[];

  @Field(() => String, { nullable: true, description: 'Why not the lowest quote, when it is not' })
  @Column({ type: 'text', name: 'choice_reason', nullable: true })
  choiceReason: string | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'requested_by_name' })
  requestedByName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decided_by_name', nullable: true })
  decidedByName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the part was bought (and entered stock)' })
  @Column({ type: 'timestamptz', name: 'purchased_at', nullable: true })
  purchasedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => MoneyScalar, { description: 'quantity × unit price' })
  get value(): number {
    return localPurchaseValue(this);
  }

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}
