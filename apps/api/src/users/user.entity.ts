import { ROLES, type Role } from '@aftersales/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { RecordBase } from '../common/timestamps.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    '角色: ADMIN 管理员, CS_AGENT 客服专员, CS_MANAGER 客服部长, TECH_CENTER 技术中心, COMMERCE 商务部, DIRECTOR 售后总监, SUPERVISOR 服务主管, HR 人力资源, PARTNER 合作伙伴',
});

@ObjectType({ description: '用户 User of the admin app' })
@Entity('app_user')
export class User extends RecordBase {
  @Field(() => String)
  @Column({ type: 'text' })
  username: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash: string;

  @Field(() => RoleEnum)
  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @ManyToOne(() => RepairCenter)
  @JoinColumn({ name: 'repair_center_id' })
  repairCenter?: Relation<RepairCenter> | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** Moved on to end every session issued before (see `endSessions`); tokens carry it. */
  @Column({ type: 'integer', name: 'session_version', default: 1 })
  sessionVersion: number;
}
