import { appError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { User } from '../users/user.entity.js';
import { verifyPassword } from './passwords.js';
import { assertCenterStillAuthorized } from './center-authorization.js';
import { principalOfUser } from './principal.js';
import { toViewer } from './viewer.js';
import { msg } from '../i18n/message.js';

// Verifying against a dummy hash keeps the time of "no such user" equal to "wrong password".
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$hK5z2P9yD3wD2m0Jb3o1mXj0yGJq3yq0o6uQ0f0Y3pY';

export const authService = {
  async login(context: RequestContext, username: string, password: string) {
    const origin = context.origin;
    if (!origin) throw new Error('login needs the request origin (client address and throttle) from the GraphQL context');
    const attempt = await origin.loginThrottle.attempt(username, origin.clientAddress);
    const user = await context.systemManager
      .createQueryBuilder(User, 'user')
      .where('lower(user.username) = lower(:username)', { username: username.trim() })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid) throw appError('UNAUTHENTICATED', msg('apiAuth.wrongUsernamePassword'));
    await attempt.succeeded();
    if (user.disabled) throw appError('UNAUTHENTICATED', msg('apiAuth.accountDisabledAskAdministratorEnable'));
    await assertCenterStillAuthorized(context.systemManager, user.repairCenterId);
    const { token, expiresAt } = await context.sessionTokens.issue(user.id, user.sessionVersion);
    return { token, expiresAt, viewer: toViewer(principalOfUser(user)) };
  },
};
