import type { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Principal } from '../auth/principal.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { requestStatementTimeoutMs } from '../database/data-source.js';
import { appError } from './app-error.js';
import type { Loaders } from './loaders.js';
import { RequestConnection } from './request-connection.js';
import { msg } from '../i18n/message.js';
import type { ResponseLanguage } from '../i18n/response-language.js';

/**
 * One per GraphQL request. Every query of the request runs on one connection inside one
 * transaction that carries the tenant (`app.center_id`), so row-level security can rely on
 * it; each mutation runs in a savepoint so a failed one leaves nothing half-written.
 */
/** A string as an SQL literal (standard_conforming_strings is on: only the quote is special). */
const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

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
  /** The answer's language (Accept-Language), for what the API words itself, e.g. a coded reason. */
  language?: ResponseLanguage;
}

export class RequestContext {
  /** Shared by the shallow copies Apollo makes of the context for each operation, and by the loaders. */
  private readonly connection: RequestConnection;
  readonly loaders: Loaders;

  /** The language of the answer's own words (Accept-Language; English without one). */
  get language(): ResponseLanguage {
    return this.origin?.language ?? 'en';
  }

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
    this.connection = new RequestConnection(dataSource, () => this.setUpStatement());
    this.loaders = createLoaders(this);
  }

  requirePrincipal(): Principal {
    if (this.authError) throw this.authError;
    if (!this.principal) throw appError('UNAUTHENTICATED', msg('apiCommon.signFirstSendValidApi'));
    return this.principal;
  }

  /** The request's entity manager (opens the connection and transaction on first use). */
  manager(): Promise<EntityManager> {
    return this.connection.manager();
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
    try {
      return await manager.transaction(work);
    } finally {
      // The change may have been to settings or the calendar, which the request has cached.
      this.loaders.forgetSettings();
    }
  }

  private setUpStatement(): string {
    // Sent with the BEGIN (each statement is a round trip). Row-level security applies to the role
    // (not to the tables' owner): set_config('role', …) is what SET LOCAL ROLE does. Everything is
    // transaction-local, so a pooled connection never carries one partner into the next request;
    // the statement timeout bounds how long one request can hold a connection. The values are
    // literals (the simple protocol that carries two statements has no parameters).
    const settings = {
      role: 'aftersales_api',
      'app.center_id': this.principal?.repairCenterId ?? '',
      'app.scope': scopeOf(this.principal),
      statement_timeout: String(requestStatementTimeoutMs(this.dataSource)),
    };
    return `SELECT ${Object.entries(settings)
      .map(([name, value]) => `set_config(${sqlText(name)}, ${sqlText(value)}, true)`)
      .join(', ')}`;
  }

  /** Ends the request's transaction: commit when it went well, roll back otherwise. */
  finish(commit: boolean): Promise<void> {
    return this.connection.finish(commit);
  }

  /** The client hung up: stop the request's statement, roll back and give the connection back. */
  abandon(): Promise<void> {
    return this.connection.abandon();
  }
}
