import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RevocationNoticeValues } from './revocation-notice.js';

@ObjectType({ description: '通知 Something head office should see on the dashboard' })
@Entity('dashboard_notice')
export class DashboardNotice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { description: 'e.g. CENTER_REVOKED' })
  @Column({ type: 'text' })
  kind: string;

  /** The words as stored; null when the notice is coded (`messageCode`). Read through the resolver. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** CENTER_REVOKED: the revoked center and its reason, worded for each reader. */
  @Column({ type: 'text', name: 'message_code', nullable: true })
  messageCode: 'CENTER_REVOKED' | null;

  @Column({ type: 'jsonb', name: 'message_values', nullable: true })
  messageValues: RevocationNoticeValues | null;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;
}
