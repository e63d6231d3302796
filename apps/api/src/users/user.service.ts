import { type Role } from '@aftersales/domain';
import { appError } from '../common/app-error.js';
import { AuditedRecords, applySearch } from '../common/audited-records.js';
import { trimmed } from '../common/input-rules.js';
import { paginate, type PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { hashPassword } from '../auth/passwords.js';
import { User } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.input.js';
import { msg } from '../i18n/message.js';

const users = new AuditedRecords(User, 'User');

function checkPassword(password: string): void {
  if (password.length < 8 || password.length > 128) {
    throw appError('BAD_USER_INPUT', msg('apiUsers.choosePassword8128Characters'), {
      password: msg('apiUsers.password8128Characters'),
    });
  }
}

/**
 * Ends every session the user has: tokens carry the version they were issued under. Called inside
 * the change's own transaction, so the change and the end of the sessions land together.
 */
function endSessions(user: User): void {
  user.sessionVersion += 1;
}

/** A partner belongs to exactly one repair center; head-office staff to none. */
function centerFor(role: Role, repairCenterId: string | null | undefined): string | null {
  if (role === 'PARTNER' && !repairCenterId) {
    throw appError('BAD_USER_INPUT', msg('apiUsers.partnerUserMustBelongRepair'), {
      repairCenterId: msg('apiUsers.chooseRepairCenterPartnerWorks'),
    });
  }
  return role === 'PARTNER' ? repairCenterId! : null;
}

export const userService = {
  async list(context: RequestContext, page: PageArgs, filter: UserFilter = {}) {
    const query = applySearch(await users.query(context, 'user'), ['user.username', 'user.displayName'], filter.search);
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (!filter.includeDisabled) query.andWhere('NOT user.disabled');
    return paginate(query.orderBy('user.username'), page);
  },

  async create(context: RequestContext, input: CreateUserInput) {
    checkPassword(input.password);
    const repairCenterId = centerFor(input.role, input.repairCenterId);
    return users.create(context, {
      username: trimmed(input.username),
      displayName: trimmed(input.displayName),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      repairCenterId,
    });
  },

  update(context: RequestContext, id: string, input: UpdateUserInput) {
    const repairCenterId = centerFor(input.role, input.repairCenterId);
    return users.update(context, id, (user) => {
      if (user.id === context.principal?.userId && input.role !== user.role) {
        throw appError('CONFLICT', msg('apiUsers.youChangeYourOwnRole'));
      }
      // Sessions of the old role (or center) end with it, rather than live on under the new one.
      if (input.role !== user.role || repairCenterId !== user.repairCenterId) endSessions(user);
      Object.assign(user, { displayName: trimmed(input.displayName), role: input.role, repairCenterId });
    });
  },

  setDisabled(context: RequestContext, id: string, disabled: boolean) {
    return users.update(
      context,
      id,
      (user) => {
        if (disabled && user.id === context.principal?.userId) {
          throw appError('CONFLICT', msg('apiUsers.youDisableYourOwnAccount'));
        }
        if (disabled && !user.disabled) endSessions(user);
        user.disabled = disabled;
      },
      disabled ? 'DISABLE' : 'ENABLE',
    );
  },

  async resetPassword(context: RequestContext, id: string, password: string) {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    return users.update(
      context,
      id,
      (user) => {
        user.passwordHash = passwordHash;
        endSessions(user);
      },
      'RESET_PASSWORD',
    );
  },
};
