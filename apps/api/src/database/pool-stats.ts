import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export interface PoolStats {
  /** Connections handed out and not yet returned. */
  checkedOut: number;
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
}

/** How the DataSource's connection pool is doing (for the leak tests and the hang-up benchmark). */
export function poolStats(dataSource: DataSource): PoolStats {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  return { checkedOut: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
