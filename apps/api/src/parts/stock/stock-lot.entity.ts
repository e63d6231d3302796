import type { StockLocation } from '@aftersales/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';

/** A receipt lot: pieces that came in together at one cost, issued first in, first out. */
@Entity('stock_lot')
export class StockLot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  location: StockLocation;

  @Column({ type: 'uuid', name: 'part_id' })
  partId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  /** Receipt order within the same instant (identity column, written by the database). */
  @Column({ type: 'bigint', insert: false, update: false, transformer: bigintToNumber })
  sequence: number;

  @Column({ type: 'bigint', name: 'unit_cost_fen', transformer: bigintToNumber })
  unitCostFen: number;

  @Column({ type: 'integer' })
  remaining: number;
}
