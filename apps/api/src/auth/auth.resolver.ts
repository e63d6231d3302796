import { IsNotEmpty } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { authService } from './auth.service.js';
import { LoginPayload, toViewer, Viewer } from './viewer.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiAuth.enterYourUsername')) })
  username: string;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiAuth.enterYourPassword')) })
  password: string;
}

@Resolver(() => Viewer)
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: '登录 Sign in with username and password' })
  login(@Ctx() context: RequestContext, @Arg('input', () => LoginInput) input: LoginInput) {
    return authService.login(context, input.username, input.password);
  }

  @Authorized()
  @Query(() => Viewer, { description: '当前用户' })
  me(@Ctx() context: RequestContext) {
    return toViewer(context.requirePrincipal());
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'The partner’s repair center' })
  repairCenter(@Root() viewer: Viewer, @Ctx() context: RequestContext) {
    if (!viewer.repairCenterId) return null;
    // The login request itself has no principal yet, so row-level security hides every center;
    // the center of the viewer who just proved who they are is part of the sign-in answer.
    if (!context.principal) return context.systemManager.findOneBy(RepairCenter, { id: viewer.repairCenterId });
    return context.loaders.repairCenter.load(viewer.repairCenterId);
  }
}
