import { API_KEY_SCOPES, type ApiKeyScope } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphQLEnum } from '../common/graphql-enum.js';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';

export const ApiKeyScopeEnum = graphQLEnum(API_KEY_SCOPES, 'ApiKeyScope', 'API 密钥权限: READ 只读 (queries only), READ_WRITE 读写 (queries and mutations)');

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

  @Field(() => ApiKeyScopeEnum, { description: 'What the key may do; a READ key is refused every mutation' })
  @Column({ type: 'text' })
  scope: ApiKeyScope;

  @Field(() => Int, { nullable: true, description: 'The key’s own requests-per-minute limit; null: it follows the default in apiKeySettings' })
  @Column({ type: 'integer', name: 'rate_limit_per_minute', nullable: true })
  ownRateLimitPerMinute: number | null;

  @Field(() => Date, { nullable: true, description: 'Kept to the minute: a busy key is stamped at most once a minute' })
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
