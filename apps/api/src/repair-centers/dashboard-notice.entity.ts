import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Field(() => String)
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;
}
