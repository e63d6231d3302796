import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';

@ObjectType({ description: 'API 密钥 A partner’s API key (the secret itself is never stored)' })
@Entity('api_key')
export class ApiKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart' })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text', name: 'secret_hash' })
  secretHash: string;

  @Column({ type: 'uuid', name: 'repair_center_id' })
  repairCenterId: string;

  @ManyToOne(() => RepairCenter)
  @JoinColumn({ name: 'repair_center_id' })
  repairCenter?: Relation<RepairCenter>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'created_by_name', nullable: true })
  createdByName: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
