/**
 * What a client may get back from any request, however malformed: an answer below 500, and
 * errors that each carry a code other than INTERNAL_SERVER_ERROR and no stack trace.
 */
export interface Verdict {
  /** `extensions.code` of each error, `OK` for an answer without errors, `HTTP_<status>` for a non-GraphQL body. */
  codes: string[];
  problems: string[];
}

const STACK_FRAME = /\bat (?:async )?\S+ \(?\S+:\d+:\d+\)?/;

export function judgeResponse(status: number, body: string): Verdict {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP status ${status}`);
  let parsed: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    if (STACK_FRAME.test(body)) problems.push('stack trace in a non-JSON body');
    return { codes: [`HTTP_${status}`], problems };
  }
  const errors = parsed?.errors ?? [];
  const codes = errors.length ? [] : ['OK'];
  for (const error of errors) {
    const code = error.extensions?.['code'];
    codes.push(typeof code === 'string' ? code : 'NO_CODE');
    if (typeof code !== 'string') problems.push(`error without extensions.code: ${String(error.message)}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${String(error.message)}`);
    if (error.extensions?.['stacktrace'] !== undefined || error.extensions?.['detail'] !== undefined) {
      problems.push('error extensions carry a stack trace or detail');
    }
    if (STACK_FRAME.test(JSON.stringify(error))) problems.push(`stack frame in an error: ${String(error.message)}`);
  }
  return { codes, problems };
}

/** Counts by error code, by role and by operation, for the long runs' summary. */
export class FuzzTally {
  readonly byCode = new Map<string, number>();
  readonly byOperation = new Map<string, Map<string, number>>();
  readonly byRole = new Map<string, Map<string, number>>();
  /** One example per distinct problem, for reproduction. */
  readonly problems = new Map<string, { count: number; example: string }>();
  requests = 0;

  record(operation: string, role: string, verdict: Verdict, example: () => string) {
    this.requests += 1;
    const perOperation = this.byOperation.get(operation) ?? new Map<string, number>();
    this.byOperation.set(operation, perOperation);
    const perRole = this.byRole.get(role) ?? new Map<string, number>();
    this.byRole.set(role, perRole);
    for (const code of new Set(verdict.codes)) {
      for (const counts of [this.byCode, perOperation, perRole]) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const problem of new Set(verdict.problems)) {
      const key = `${operation}: ${problem.slice(0, 200)}`;
      const seen = this.problems.get(key);
      if (seen) seen.count += 1;
      else this.problems.set(key, { count: 1, example: example() });
    }
  }

  summary(): string {
    const sorted = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}=${n}`).join(' ');
    const lines = [`${this.requests} requests; responses by error code (a response counts once per code): ${sorted(this.byCode)}`];
    for (const [role, counts] of this.byRole) lines.push(`  as ${role}: ${sorted(counts)}`);
    for (const [operation, counts] of [...this.byOperation].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${operation}: ${sorted(counts)}`);
    for (const [problem, { count, example }] of this.problems) lines.push(`PROBLEM ×${count} ${problem}\n    e.g. ${example}`);
    return lines.join('\n');
  }
}
