import pg from 'pg';

/** The channel the triggers of migration 1764701100000 notify when a key, user, center or the key settings change. */
export const SIGN_IN_CHANGED = 'sign_in_changed';

/** How long an entry is trusted even without a notice (a safety net, not the mechanism). */
const MAX_AGE_MS = 60_000;
/** Beyond this many credentials in use at once, the oldest entry goes. */
const MAX_ENTRIES = 10_000;
/** Wait before listening again after the listening connection was lost. */
const RELISTEN_AFTER_MS = 1_000;

/**
 * What credentials were found to be (an API key or user row with its center, the key settings),
 * kept between requests, so that a partner's busy integration costs no sign-in statement per request.
 *
 * Entries are trusted only while this process listens for `sign_in_changed`, which the database
 * sends to every API process when such a row changes, at commit: then everything is forgotten. A
 * change made through this process is forgotten before its answer leaves (`forgetAll` after each
 * mutation), so the next request of the same caller already meets it; another process meets it as
 * soon as the notice arrives. Without a listening connection (not yet, or lost) nothing is kept and
 * every request reads the database, as it would with no cache.
 */
export class SignInCache {
  private readonly entries = new Map<string, { value: unknown; at: number }>();
  /** Bumped on every forget: a read that started before it must not store what it read. */
  private generation = 0;
  private client: pg.Client | null = null;
  private listening = false;
  private stopped = false;
  private relisten: NodeJS.Timeout | null = null;

  constructor(private readonly connectionString: string | null) {}

  /** Starts listening; resolves once it listens (or failed to, then it retries in the background). */
  async start(): Promise<void> {
    if (!this.connectionString || this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'aftersales sign-in notices' });
    this.client = client;
    client.on('notification', () => this.forgetAll());
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${SIGN_IN_CHANGED}`);
      if (this.client !== client) return;
      // Whatever changed before this point went unheard: start empty.
      this.forgetAll();
      this.listening = true;
    } catch {
      this.lost(client);
    }
  }

  /** The cached value for `key`, or what `read` finds (kept when nothing changed meanwhile). */
  async read<T>(key: string, read: () => Promise<T>): Promise<T> {
    const entry = this.listening ? this.entries.get(key) : undefined;
    if (entry && Date.now() - entry.at < MAX_AGE_MS) return entry.value as T;
    const generation = this.generation;
    const value = await read();
    if (this.listening && generation === this.generation && value != null) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, at: Date.now() });
    }
    return value;
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.relisten) clearTimeout(this.relisten);
    const client = this.client;
    this.client = null;
    this.forgetAll();
    await client?.end().catch(() => {});
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.forgetAll();
    client.end().catch(() => {});
    if (this.stopped) return;
    this.relisten = setTimeout(() => void this.start(), RELISTEN_AFTER_MS);
    this.relisten.unref();
  }
}
