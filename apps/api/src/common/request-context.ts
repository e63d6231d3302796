import type { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Principal } from '../auth/principal.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { appError } from './app-error.js';
import type { Loaders } from './loaders.js';

/**
 * One per GraphQL request. Every query of the request runs on one connection inside one
 * transaction that carries the tenant (`app.center_id`), so row-level security can rely on
 * it; each mutation runs in a savepoint so a failed one leaves nothing half-written.
 */
/** What the row-level security policies let through: everything, one center, or nothing. */
function scopeOf(principal: Principal | null): 'head_office' | 'partner' | 'none' {
  if (!principal) return 'none';
  return principal.role === 'PARTNER' ? 'partner' : 'head_office';
}

/** Where a GraphQL request came from, and the throttle its `login` answers to. */
export interface RequestOrigin {
  /** The caller's IP address (the proxy's client when the API is configured to trust one). */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}

export class RequestContext {
  /**
   * Held in one object because Apollo shallow-copies the context for each operation: the copy
   * and the loaders (bound to the original) must share one connection.
   */
  private readonly connection: { runner: QueryRunner | null; opening: Promise<EntityManager> | null } = {
    runner: null,
    opening: null,
  };
  readonly loaders: Loaders;

  constructor(
    readonly principal: Principal | null,
    private readonly dataSource: DataSource,
    readonly sessionTokens: SessionTokens,
    createLoaders: (context: RequestContext) => Loaders,
    /** Why the Authorization header was refused; reported when the request needs a principal. */
    private readonly authError: GraphQLError | null = null,
    /** Known for GraphQL requests; file downloads have no sign-in and pass none. */
    readonly origin: RequestOrigin | null = null,
  ) {
    this.loaders = createLoaders(this);
  }

  requirePrincipal(): Principal {
    if (this.authError) throw this.authError;
    if (!this.principal) throw appError('UNAUTHENTICATED', 'Sign in first, or send a valid API key.');
    return this.principal;
  }

  /** The request's entity manager (opens the connection and transaction on first use). */
  manager(): Promise<EntityManager> {
    this.connection.opening ??= this.open();
    return this.connection.opening;
  }

  /**
   * The tables' owner, outside row-level security: only for establishing who is calling
   * (sign-in), never for answering a caller's question.
   */
  get systemManager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs a state change atomically: all of it, or nothing. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const manager = await this.manager();
    return manager.transaction(work);
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.connection.runner = runner;
    queueQueries(runner);
    await runner.connect();
    await runner.startTransaction();
    // Row-level security applies to this role (not to the tables' owner); both settings are
    // transaction-local, so a pooled connection never carries one partner into the next request.
    await runner.query('SET LOCAL ROLE aftersales_api');
    await runner.query(`SELECT set_config('app.center_id', $1, true), set_config('app.scope', $2, true)`, [
      this.principal?.repairCenterId ?? '',
      scopeOf(this.principal),
    ]);
    return runner.manager;
  }

  /** Ends the request's transaction: commit when it went well, roll back otherwise. */
  async finish(commit: boolean): Promise<void> {
    const runner = this.connection.runner;
    if (!runner) return;
    this.connection.runner = null;
    try {
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}

/**
 * GraphQL resolves sibling fields at the same time, and they all use the request's one connection.
 * node-postgres queues overlapping queries itself but warns that it will stop doing so; queue them
 * here instead, in the order they are made. The commit at the end queues behind them too, so it
 * never overtakes a query still running.
 */
function queueQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const result = tail.then(() => query(...args));
    tail = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}
