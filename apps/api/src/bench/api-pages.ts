import { arrivalLateness, tierHandling, type ComplaintTier } from '@aftersales/domain';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { hashApiKey, parseApiKey } from '../api-keys/api-key-secret.js';
import type { SessionTokens } from '../auth/session-tokens.js';

/*
 * The two pages `bench:api` times, each through GraphQL and through a hand-written endpoint on a
 * plain `pg` pool that answers the same bytes. The raw side does the same work a caller relies on:
 * it checks the API key (or session) and the center's authorization, filters by the partner's
 * center explicitly (what row-level security does for GraphQL), and computes the derived fields
 * with the same domain functions. It skips what makes GraphQL general: parsing, validation,
 * resolvers, typeorm, the request transaction.
 *
 * Fields that follow the clock (a complaint's deadlines, a work order's `carriedOver`) are left
 * out of both: two answers a moment apart may differ, and the pages are compared byte for byte.
 */

/** The partner complaint page: the work list's first 50, with center, model, region and handler. */
export const PARTNER_COMPLAINTS_QUERY = `query PartnerComplaintPage {
  complaints(first: 50, orderBy: WORK_LIST) {
    nodes {
      id code version status receivedAt customerName customerPhone serialNumber unknownSerial
      model { id code name } region { id code name } repairCenter { id code name }
      tier specialCase escalationFlagged especiallyMajor
      handling { handledBy }
      technician { id code name }
    }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/**
 * Head office's work-order list: the admin's list fields without the clock's `carriedOver` and the
 * loaner, and without `totalCount` (a COUNT over a million rows is the database's cost, not the API's).
 */
export const HEAD_OFFICE_WORK_ORDERS_QUERY = `query HeadOfficeWorkOrderPage {
  workOrders(first: 50) {
    nodes {
      id code version status source calledAt areaType customerName customerPhone customerAddress serialNumber
      model { id code name } faultCode faultDescription serviceType
      region { id code name } repairCenter { id code name } technician { id code name }
      arrivalDueAt arrivedAt minutesLate
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PAGE_SIZE = 50;
const FINISHED_COMPLAINT = `('RESOLVED', 'CLOSED', 'REJECTED')`;

type Row = Record<string, any>;
type Answer = { status: number; body: string };

const unauthenticated = (message: string): Answer => ({
  status: 200,
  body: JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }], data: null }) + '\n',
});

const ref = (id: string | null, code: string, name: string) => (id ? { id, code, name } : null);
const iso = (value: Date | null) => (value ? value.toISOString() : null);
// The Relay cursor `paginate` hands out: the row's offset.
const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** The partner's center from its API key (the same checks `authenticate` makes), or null. */
async function partnerCenter(pool: pg.Pool, header: string | undefined): Promise<string | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
  const parsed = key ? parseApiKey(key) : null;
  if (!key || !parsed) return null;
  const { rows } = await pool.query(
    `SELECT k.secret_hash, k.revoked_at, k.repair_center_id, c.status AS center_status
       FROM api_key k LEFT JOIN repair_center c ON c.id = k.repair_center_id WHERE k.prefix = $1`,
    [parsed.prefix],
  );
  const row = rows[0];
  if (!row || row.revoked_at || row.secret_hash !== hashApiKey(key) || !row.center_status || row.center_status === 'REVOKED') return null;
  return row.repair_center_id;
}

/**
 * The partner complaint page: the key, then the page and the total side by side on two
 * connections. The page reads the work-list index's first rows and stops; the count is the
 * center's index entries. (One statement with `count(*) OVER ()` must sort all of the center's
 * complaints first: at 20,000 complaints it was half as fast as the API.)
 */
export async function rawPartnerComplaints(pool: pg.Pool, authorization: string | undefined): Promise<Answer> {
  const centerId = await partnerCenter(pool, authorization);
  if (!centerId) return unauthenticated('This API key is unknown or has been revoked. Ask head office for a new key.');
  const [{ rows }, { rows: counted }] = await Promise.all([
    pool.query<Row>(
      `SELECT c.id, c.code, c.version, c.status, c.received_at, c.customer_name, c.customer_phone, c.serial_number, c.product_unit_id,
              c.tier, c.special_case, c.escalation_flagged, c.especially_major,
              m.id AS m_id, m.code AS m_code, m.name AS m_name, r.id AS r_id, r.code AS r_code, r.name AS r_name,
              rc.id AS rc_id, rc.code AS rc_code, rc.name AS rc_name, t.id AS t_id, t.code AS t_code, t.name AS t_name
         FROM complaint c
         JOIN product_model m ON m.id = c.model_id
         JOIN region r ON r.id = c.region_id
         LEFT JOIN repair_center rc ON rc.id = c.repair_center_id
         LEFT JOIN technician t ON t.id = c.technician_id AND t.repair_center_id = $1
        WHERE c.repair_center_id = $1
        ORDER BY c.special_case DESC, CASE WHEN c.status IN ${FINISHED_COMPLAINT} THEN 1 ELSE 0 END, c.reply_due_at ASC, c.code ASC
        LIMIT ${PAGE_SIZE + 1}`,
      [centerId],
    ),
    pool.query<{ total: number }>('SELECT count(*)::integer AS total FROM complaint WHERE repair_center_id = $1', [centerId]),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const nodes = page.map((row) => ({
    id: row.id,
    code: row.code,
    version: row.version,
    status: row.status,
    receivedAt: iso(row.received_at),
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    serialNumber: row.serial_number,
    unknownSerial: row.product_unit_id === null,
    model: ref(row.m_id, row.m_code, row.m_name),
    region: ref(row.r_id, row.r_code, row.r_name),
    repairCenter: ref(row.rc_id, row.rc_code, row.rc_name),
    tier: row.tier,
    specialCase: row.special_case,
    escalationFlagged: row.escalation_flagged,
    especiallyMajor: row.especially_major,
    handling: { handledBy: tierHandling(row.tier as ComplaintTier, row.especially_major).handledBy },
    technician: ref(row.t_id, row.t_code, row.t_name),
  }));
  const data = {
    complaints: {
      nodes,
      pageInfo: { hasNextPage: rows.length > PAGE_SIZE, endCursor: page.length ? cursor(page.length - 1) : null },
      totalCount: counted[0]!.total,
    },
  };
  return { status: 200, body: JSON.stringify({ data }) + '\n' };
}

/** Head office's work-order page in two statements: the signed-in user, then the page with its relations. */
export async function rawHeadOfficeWorkOrders(pool: pg.Pool, tokens: SessionTokens, authorization: string | undefined): Promise<Answer> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  const claims = token ? await tokens.verify(token) : null;
  const { rows: users } = claims
    ? await pool.query('SELECT disabled, session_version, repair_center_id FROM app_user WHERE id = $1', [claims.userId])
    : { rows: [] };
  const user = users[0];
  if (!user || user.disabled || user.session_version !== claims!.sessionVersion || user.repair_center_id) {
    return unauthenticated('Your session has expired or your account is disabled. Please sign in again.');
  }
  const { rows } = await pool.query<Row>(
    `SELECT w.id, w.code, w.version, w.status, w.source, w.called_at, w.area_type, w.customer_name, w.customer_phone, w.customer_address,
            w.serial_number, w.fault_code, w.fault_description, w.service_type, w.arrival_due_at, w.arrived_at,
            m.id AS m_id, m.code AS m_code, m.name AS m_name, r.id AS r_id, r.code AS r_code, r.name AS r_name,
            rc.id AS rc_id, rc.code AS rc_code, rc.name AS rc_name, t.id AS t_id, t.code AS t_code, t.name AS t_name
       FROM work_order w
       LEFT JOIN product_model m ON m.id = w.model_id
       JOIN region r ON r.id = w.region_id
       LEFT JOIN repair_center rc ON rc.id = w.repair_center_id
       LEFT JOIN technician t ON t.id = w.technician_id
      ORDER BY w.called_at DESC, w.code DESC
      LIMIT ${PAGE_SIZE + 1}`,
  );
  const page = rows.slice(0, PAGE_SIZE);
  const nodes = page.map((row) => ({
    id: row.id,
    code: row.code,
    version: row.version,
    status: row.status,
    source: row.source,
    calledAt: iso(row.called_at),
    areaType: row.area_type,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    customerAddress: row.customer_address,
    serialNumber: row.serial_number,
    model: ref(row.m_id, row.m_code, row.m_name),
    faultCode: row.fault_code,
    faultDescription: row.fault_description,
    serviceType: row.service_type,
    region: ref(row.r_id, row.r_code, row.r_name),
    repairCenter: ref(row.rc_id, row.rc_code, row.rc_name),
    technician: ref(row.t_id, row.t_code, row.t_name),
    arrivalDueAt: iso(row.arrival_due_at),
    arrivedAt: iso(row.arrived_at),
    minutesLate: row.arrived_at ? arrivalLateness(row.arrival_due_at, row.arrived_at) : null,
  }));
  const data = { workOrders: { nodes, pageInfo: { hasNextPage: rows.length > PAGE_SIZE, endCursor: page.length ? cursor(page.length - 1) : null } } };
  return { status: 200, body: JSON.stringify({ data }) + '\n' };
}

export interface RawEndpoint {
  url: string;
  close(): Promise<void>;
}

/** `GET /complaints` and `GET /work-orders` on a plain node HTTP server. */
export async function startRawEndpoint(pool: pg.Pool, tokens: SessionTokens): Promise<RawEndpoint> {
  const server: Server = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    const authorization = request.headers.authorization;
    const answer =
      request.url === '/complaints'
        ? rawPartnerComplaints(pool, authorization)
        : request.url === '/work-orders'
          ? rawHeadOfficeWorkOrders(pool, tokens, authorization)
          : Promise.resolve({ status: 404, body: '{}' });
    answer.then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
