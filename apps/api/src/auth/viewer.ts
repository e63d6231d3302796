import { permissionsOf, type Role } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { PrincipalKind } from '../audit/audit-entry.entity.js';
import { RoleEnum } from '../users/user.entity.js';
import type { Principal } from './principal.js';

@ObjectType({ description: '当前用户 Who is signed in (or which API key is calling)' })
export class Viewer {
  @Field(() => PrincipalKind)
  kind: PrincipalKind;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  repairCenterId: string | null;

  @Field(() => [String], { description: 'What this viewer may do, e.g. "users.manage"' })
  permissions: string[];
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}

export function toViewer(principal: Principal): Viewer {
  return {
    kind: PrincipalKind[principal.kind],
    userId: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    role: principal.role,
    repairCenterId: principal.repairCenterId,
    permissions: permissionsOf(principal.role),
  };
}
