import type { StockLocation } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 库存 New parts of one part on hand at one location. The location, part, ABC class and old
 * parts held are field resolvers (stock-level.resolver.ts).
 */
@ObjectType({ description: '库存 Stock of one part at one location (new parts; old parts are never stock)' })
@Entity('stock_level')
export class StockLevel {
  @PrimaryColumn({ type: 'text' })
  location: StockLocation;

  @PrimaryColumn({ type: 'uuid', name: 'part_id' })
  partId: string;

  /** Set for a center's stock, for row-level security. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => Int, { description: '在库数量' })
  @Column({ type: 'integer', name: 'on_hand' })
  onHand: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
