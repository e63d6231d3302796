import autocannon from 'autocannon';

/*
 * bench:api's load generator, in a process of its own so the CPU time of the process it loads is
 * the servers' alone. Takes autocannon's options as JSON in argv[2]; prints the result as JSON.
 */
const result = await autocannon(JSON.parse(process.argv[2]!) as autocannon.Options);
process.stdout.write(
  JSON.stringify({
    total: result.requests.total,
    duration: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
