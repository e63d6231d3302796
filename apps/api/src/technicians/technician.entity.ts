import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinTable, ManyToMany, type Relation } from 'typeorm';
import { ActivatableCodedRecord } from '../common/coded-record.js';
import { LocalDateScalar } from '../common/scalars.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

@ObjectType({ description: '技术员 Technician: head-office staff or a repair center’s part-time technician' })
@Entity('technician')
export class Technician extends ActivatableCodedRecord {
  @Field(() => String)
  @Column({ type: 'text' })
  phone: string;

  /** Null for head-office staff. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => String, { nullable: true, description: '资格证书编号' })
  @Column({ type: 'text', name: 'certificate_number', nullable: true })
  certificateNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '资格证书有效期至' })
  @Column({ type: 'date', name: 'certificate_expires_on', nullable: true })
  certificateExpiresOn: string | null;

  @ManyToMany(() => ProductCategory)
  @JoinTable({
    name: 'technician_skill',
    joinColumn: { name: 'technician_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'category_id', referencedColumnName: 'id' },
  })
  skills?: Relation<ProductCategory[]>;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}
