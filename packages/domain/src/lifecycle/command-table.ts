import { DomainError, type DomainErrorCode } from '../errors.js';
import type { Permission } from '../roles.js';
import type { FieldErrors } from '../errors.js';
import { list, type Message, msg } from '../messages/index.js';
import type { PartnerEventType } from '../partner-events/partner-events.js';

/**
 * A refusal a guard gives: the error a caller gets when it runs the command anyway. Guards say
 * *why* (the approvals are not complete, the meeting has not approved) in words a person can act
 * on; the table says *when* (which states, which permission).
 */
export interface Refusal {
  code: DomainErrorCode;
  message: Message;
  fieldErrors?: FieldErrors;
}

/**
 * One command of an aggregate's lifecycle: the states it may run in, the state it leads to (none:
 * the command keeps the state, e.g. editing a draft), the permission it needs, and an optional
 * guard over the aggregate and the actor (null: allowed).
 */
export interface CommandRule<S extends string, C> {
  readonly from: readonly S[];
  readonly to?: S;
  readonly permission: Permission;
  readonly guard?: (context: C) => Refusal | null;
  /** The partner event the command raises when it commits (written to the outbox in its transaction). */
  readonly raises?: PartnerEventType;
}

export type CommandTable<S extends string, K extends string, C> = { readonly [Command in K]: CommandRule<S, C> };

/** Who is asking: the permissions of the actor's role. */
export interface Actor {
  readonly permissions: ReadonlySet<Permission> | readonly Permission[];
}

export interface Lifecycle<S extends string, K extends string, C> {
  /** The aggregate's name in messages, e.g. "complaint". */
  readonly name: string;
  readonly statuses: readonly S[];
  readonly commands: CommandTable<S, K, C>;
  /** The states each state may move to, derived from the commands (for documentation and the API's `allowed…` fields). */
  readonly transitions: { readonly [State in S]: readonly S[] };
  isStatus(value: unknown): value is S;
  /** Throws unless `command` may run now: INVALID_TRANSITION (wrong state), FORBIDDEN (permission), or the guard's refusal. */
  assertCommand(command: K, status: S, actor: Actor | null, context: C): void;
  /** The commands that would pass `assertCommand` now, in the table's order. */
  allowedCommands(status: S, actor: Actor | null, context: C): K[];
  /** The refusal `assertCommand` would throw, or null when the command may run. */
  refusalOf(command: K, status: S, actor: Actor | null, context: C): Refusal | null;
  /** The partner event `command` raises, or null when it raises none. */
  eventOf(command: K): PartnerEventType | null;
}

function hasPermission(actor: Actor, permission: Permission): boolean {
  const { permissions } = actor;
  return 'has' in permissions ? permissions.has(permission) : permissions.includes(permission);
}

/**
 * Builds an aggregate's lifecycle from its command table, in the manner of vendure's
 * `Transitions<State>` + one FSM: the table is the single statement of what may happen when, and
 * the API's preconditions, its `allowedActions` fields and the admin's buttons all ask it.
 * `actor` null skips the permission check (for system work such as jobs and migrations).
 */
export function defineLifecycle<S extends string, K extends string, C = void>(
  name: string,
  statuses: readonly S[],
  commands: CommandTable<S, K, C>,
): Lifecycle<S, K, C> {
  const commandNames = Object.keys(commands) as K[];
  const transitions = Object.fromEntries(
    statuses.map((status) => [
      status,
      [...new Set(commandNames.flatMap((command) => (commands[command].from.includes(status) && commands[command].to ? [commands[command].to!] : [])))],
    ]),
  ) as { [State in S]: S[] };
  const isStatus = (value: unknown): value is S => typeof value === 'string' && (statuses as readonly string[]).includes(value);

  const refusalOf = (command: K, status: S, actor: Actor | null, context: C): Refusal | null => {
    const rule = commands[command];
    if (!rule) return { code: 'INVALID_INPUT', message: msg('lifecycle.unknownCommand', { command: String(command), name }) };
    if (!isStatus(status)) return { code: 'INVALID_INPUT', message: msg('lifecycle.unknownStatus', { status: String(status), name }) };
    if (!rule.from.includes(status)) {
      const possible = commandNames.filter((other) => commands[other].from.includes(status));
      return {
        code: 'INVALID_TRANSITION',
        message:
          possible.length > 0
            ? msg('lifecycle.notNowPossible', { name, status, command, possible: list(possible) })
            : msg('lifecycle.notNowFinished', { name, status, command }),
      };
    }
    if (actor && !hasPermission(actor, rule.permission)) {
      return { code: 'FORBIDDEN', message: msg('lifecycle.roleMayNot', { command, name, permission: rule.permission }) };
    }
    return rule.guard ? rule.guard(context) : null;
  };

  return {
    name,
    statuses,
    commands,
    transitions,
    isStatus,
    refusalOf,
    assertCommand(command, status, actor, context) {
      const refusal = refusalOf(command, status, actor, context);
      if (refusal) {
        throw new DomainError(refusal.code, refusal.message, refusal.fieldErrors, {
          lifecycle: name,
          command,
          from: status,
          allowed: commandNames.filter((other) => refusalOf(other, status, actor, context) === null),
        });
      }
    },
    allowedCommands(status, actor, context) {
      return commandNames.filter((command) => refusalOf(command, status, actor, context) === null);
    },
    eventOf(command) {
      return commands[command]?.raises ?? null;
    },
  };
}
