import pg from 'pg';

/** A pooled connection as node-postgres holds it: where it went, and its backend's cancel key. */
interface Backend {
  host: string;
  port: number;
  processID: number | null;
  secretKey: number | null;
}

/** The part of node-postgres's protocol connection its own `Client#cancel` uses (not in its typings). */
type CancelConnection = pg.Connection & {
  connect(portOrSocketPath: number | string, host?: string): void;
  cancel(processID: number, secretKey: number): void;
};

/**
 * Asks PostgreSQL to cancel whatever statement the connection's backend is running, over a
 * separate connection of the cancel protocol (no pool slot, no sign-in). Resolves with true
 * once the server has dealt with the request and closed that connection: from then on the
 * cancel can no longer hit a later statement on the same backend, so the connection may be
 * reused. Resolves with false when that was not confirmed within the time given; the connection
 * must then be discarded, not returned to the pool.
 */
export function cancelRunningStatement(backend: Backend, withinMs = 5_000): Promise<boolean> {
  if (backend.processID === null || backend.secretKey === null) return Promise.resolve(false);
  return new Promise((resolve) => {
    const connection = new pg.Connection() as CancelConnection;
    const timer = setTimeout(() => finish(false), withinMs);
    let sent = false;
    function finish(confirmed: boolean) {
      clearTimeout(timer);
      connection.stream.destroy();
      resolve(confirmed);
    }
    connection.once('connect', () => {
      connection.cancel(backend.processID!, backend.secretKey!);
      sent = true;
    });
    connection.once('end', () => finish(sent));
    connection.once('error', () => finish(false));
    // A host starting with '/' is the folder of PostgreSQL's Unix socket, as node-postgres reads it.
    if (backend.host.startsWith('/')) connection.connect(`${backend.host}/.s.PGSQL.${backend.port}`);
    else connection.connect(backend.port, backend.host);
  });
}
