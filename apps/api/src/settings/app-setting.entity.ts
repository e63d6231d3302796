import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Configurable defaults (DOMAIN: every number is a default), one JSON document per area. */
@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
