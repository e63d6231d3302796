import { REPAIR_CENTER_STATUSES, type RecordedCenterStatus, type RepairCenterStatus } from '@aftersales/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { CodedRecord } from '../common/coded-record.js';
import { LocalDateScalar } from '../common/scalars.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

export const RepairCenterStatusEnum = Object.fromEntries(REPAIR_CENTER_STATUSES.map((v) => [v, v])) as {
  [S in RepairCenterStatus]: S;
};
registerEnumType(RepairCenterStatusEnum, {
  name: 'RepairCenterStatus',
  description: 'ACTIVE 正常, RECTIFYING 限期整改, SUSPENDED 暂停, REVOKED 取消授权, EXPIRED 协议到期 (derived, never stored)',
});

@ObjectType({ description: '特约授权维修中心 Authorized repair center' })
@Entity('repair_center')
export class RepairCenter extends CodedRecord {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  @Field(() => String)
  @Column({ type: 'text' })
  address: string;

  @Field(() => String, { description: '联系人' })
  @Column({ type: 'text', name: 'contact_name' })
  contactName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  phone: string;

  @Field(() => String, { description: '合作协议编号' })
  @Column({ type: 'text', name: 'agreement_number' })
  agreementNumber: string;

  @Field(() => LocalDateScalar, { description: '协议有效期起' })
  @Column({ type: 'date', name: 'agreement_valid_from' })
  agreementValidFrom: string;

  @Field(() => LocalDateScalar, { description: '协议有效期止' })
  @Column({ type: 'date', name: 'agreement_valid_to' })
  agreementValidTo: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => RepairCenterStatusEnum, { description: 'The status head office set (never EXPIRED)' })
  @Column({ type: 'text', name: 'status', default: 'ACTIVE' })
  recordedStatus: RecordedCenterStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改期限, while RECTIFYING' })
  @Column({ type: 'date', name: 'rectification_deadline', nullable: true })
  rectificationDeadline: string | null;

  @ManyToMany(() => ProductCategory)
  @JoinTable({
    name: 'repair_center_category',
    joinColumn: { name: 'repair_center_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'category_id', referencedColumnName: 'id' },
  })
  categories?: Relation<ProductCategory[]>;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}

