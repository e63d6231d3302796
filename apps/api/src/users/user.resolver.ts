import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.input.js';
import { userService } from './user.service.js';

const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Authorized('users.manage')
  @Query(() => UserConnection, { description: '用户列表' })
  users(
    @Ctx() context: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ) {
    return userService.list(context, page, filter);
  }

  @Authorized('users.manage')
  @Mutation(() => User, { description: '新建用户' })
  createUser(@Ctx() context: RequestContext, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return userService.create(context, input);
  }

  @Authorized('users.manage')
  @Mutation(() => User, { description: '修改用户' })
  updateUser(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ) {
    return userService.update(context, id, input);
  }

  @Authorized('users.manage')
  @Mutation(() => User, { description: '停用 / 启用用户 (never deleted)' })
  setUserDisabled(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ) {
    return userService.setDisabled(context, id, disabled);
  }

  @Authorized('users.manage')
  @Mutation(() => User, { description: '重置密码' })
  resetUserPassword(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
  ) {
    return userService.resetPassword(context, id, password);
  }

  @FieldResolver(() => RepairCenter, { nullable: true })
  repairCenter(@Root() user: User, @Ctx() context: RequestContext) {
    return user.repairCenterId ? context.loaders.repairCenter.load(user.repairCenterId) : null;
  }
}
