import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { cancelRunningStatement } from '../database/cancel-statement.js';

/** What a request's query meets once the request has ended (typically: its client hung up). */
export class RequestEndedError extends Error {
  constructor() {
    super('The request has ended; its client is no longer waiting for the answer.');
  }
}

type Ending = 'commit' | 'rollback' | 'abandon';

/** node-postgres's pooled client, as far as ending a request needs it. */
interface PooledClient {
  host: string;
  port: number;
  processID: number | null;
  secretKey: number | null;
  connection?: { stream?: { cork?(): void; uncork?(): void } };
  end(): Promise<void>;
}

/**
 * The one pooled connection and transaction of a request, from the first query to the commit or
 * rollback. Whatever happens in between (the client hanging up while the request still waits for
 * a connection, or while one of its statements runs), the connection goes back to the pool exactly
 * once, and only when nothing of the request can still run on it.
 *
 * Its statements are pipelined: GraphQL resolves sibling fields at the same time (a list's count
 * and the batched loads of its relations), and each statement is sent as soon as it is made, on the
 * one connection, without waiting for the answer to the one before (node-postgres's `pipeline`
 * mode, switched on for the pool in data-source.ts). PostgreSQL runs them in the order sent, so
 * they still run one after another inside the request's transaction, but cost one round trip
 * together instead of one each. The commit waits for every statement sent before it.
 */
export class RequestConnection {
  private runner: QueryRunner | null = null;
  private client: PooledClient | null = null;
  private opening: Promise<EntityManager> | null = null;
  private ending: Promise<void> | null = null;
  private endedBy: Ending | null = null;
  /** Unqueued: only the end of the request uses it, once the queue has run dry. */
  private direct: QueryRunner['query'] | null = null;
  /** Settles when every statement sent so far has been answered. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Statements sent and not yet answered. */
  private statementsRunning = 0;
  private transactionStarted = false;

  /** Whether this turn of the event loop's statements are being held back, to leave in one write. */
  private writesHeld = false;

  /** Sent with the transaction's START TRANSACTION, once (see open). */
  private setUpStatement: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    /**
     * The statement that starts the request's transaction off (role, tenant, limits), with its
     * values written as literals: it travels in one simple-protocol message with the BEGIN.
     */
    private readonly setUp: () => string,
  ) {}

  /** The request's entity manager (opens the connection and transaction on first use). */
  manager(): Promise<EntityManager> {
    if (this.endedBy) return Promise.reject(new RequestEndedError());
    this.opening ??= this.open();
    return this.opening;
  }

  /** Ends the request's transaction: commit when it went well, roll back otherwise. */
  finish(commit: boolean): Promise<void> {
    return this.end(commit ? 'commit' : 'rollback');
  }

  /**
   * The client hung up: stop the statement running for it, roll back, give the connection back.
   * Never rejects (nobody is left to tell).
   */
  abandon(): Promise<void> {
    return this.end('abandon').catch(() => {});
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    this.queueStatements(runner);
    this.client = (await runner.connect()) as PooledClient;
    // Each step goes through the queue, which refuses them if the request ended meanwhile.
    // typeorm's startTransaction keeps its bookkeeping (a nested transaction is a savepoint); its
    // START TRANSACTION carries the set-up along, so the two cost one round trip, not two.
    this.setUpStatement = this.setUp();
    await runner.startTransaction();
    return runner.manager;
  }

  private end(how: Ending): Promise<void> {
    if (this.ending) {
      // Already rolled back: a later commit saved nothing, and says so, unless the client has
      // left (then nobody is there to tell, and the log need not hear of every hang-up).
      const lost = how === 'commit' && this.endedBy === 'rollback' && this.runner !== null;
      return lost ? this.ending.then(() => Promise.reject(new RequestEndedError())) : this.ending;
    }
    this.endedBy = how;
    this.ending = this.close(how);
    return this.ending;
  }

  private async close(how: Ending): Promise<void> {
    // A connection still on its way is waited for, so that it is returned and not lost.
    await this.opening?.catch(() => {});
    const { runner, client } = this;
    if (!runner) return;
    // No connection came, or it came after the end (a departed client's turn in the pool queue):
    // there is nothing to roll back.
    if (!client || !this.transactionStarted) {
      await runner.release();
      return;
    }
    if (how === 'abandon' && this.statementsRunning > 0 && !(await cancelRunningStatement(client))) {
      // The cancel might still strike later, on another request's statement: close the
      // connection (which also ends the statement) rather than return it.
      await client.end().catch(() => {});
      await this.tail;
      await runner.release();
      return;
    }
    await this.tail;
    try {
      await this.direct!(how === 'commit' ? 'COMMIT' : 'ROLLBACK');
    } catch (error) {
      // A connection in an unknown state is closed rather than handed to the next request.
      await client.end().catch(() => {});
      if (how === 'commit') throw error;
    } finally {
      await runner.release();
    }
  }

  private queueStatements(runner: QueryRunner): void {
    const direct = runner.query.bind(runner);
    this.direct = direct;
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      if (this.endedBy) return Promise.reject(new RequestEndedError());
      const begins = this.setUpStatement !== null && args[0] === 'START TRANSACTION' && args[1] === undefined;
      if (begins) {
        args = [`START TRANSACTION; ${this.setUpStatement}`];
        this.setUpStatement = null;
      }
      // Once sent, the BEGIN may have run even if the set-up after it failed: the end must roll back.
      if (begins) this.transactionStarted = true;
      this.statementsRunning++;
      this.holdWrites();
      const result = direct(...args).finally(() => {
        this.statementsRunning--;
      });
      this.tail = Promise.all([this.tail, result.catch(() => undefined)]);
      return result;
    }) as QueryRunner['query'];
  }

  /**
   * Statements made in the same turn of the event loop (a list's count and its relations' batched
   * loads) leave in one write: one system call, and one wake-up of the server, instead of one each.
   * Each write to a socket costs more than the statement's own work in the API for small reads.
   */
  private holdWrites(): void {
    const stream = this.client?.connection?.stream;
    if (this.writesHeld || !stream?.cork || !stream.uncork) return;
    this.writesHeld = true;
    stream.cork();
    setImmediate(() => {
      this.writesHeld = false;
      stream.uncork!();
    });
  }
}
