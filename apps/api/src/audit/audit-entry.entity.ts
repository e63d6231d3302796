import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PrincipalKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(PrincipalKind, { name: 'PrincipalKind', description: '操作者类型: 用户 / API 密钥 / 系统' });

@ObjectType({ description: '审计日志 Audit log entry: who changed what, when, before and after' })
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => PrincipalKind)
  @Column({ type: 'text', name: 'actor_kind' })
  actorKind: PrincipalKind;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;

  @Field(() => String, { description: 'CREATE, UPDATE, ACTIVATE, DEACTIVATE, DISABLE, REVOKE …' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** The partner the changed record belongs to, so partners can later read their own trail. */
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;
}
