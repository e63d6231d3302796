import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredShipmentLine {
  lineId: string;
  partId: string;
  quantity: number;
}

/** 发货: one consignment from the manufacturing unit's stock; a requisition may have several. */
@ObjectType({ description: '发货记录 Shipment: carrier, tracking number and the pieces of each line' })
@Entity('parts_shipment')
export class PartsShipment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'requisition_id' })
  requisitionId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => String, { description: '承运方' })
  @Column({ type: 'text' })
  carrier: string;

  @Field(() => String, { description: '运单号' })
  @Column({ type: 'text', name: 'tracking_number' })
  trackingNumber: string;

  /** Exposed by the resolver, which links each entry to its requisition line. */
  @Column({ type: 'jsonb' })
  lines: StoredShipmentLine[];

  @Field(() => String)
  @Column({ type: 'text', name: 'shipped_by_name' })
  shippedByName: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'shipped_at' })
  shippedAt: Date;
}
