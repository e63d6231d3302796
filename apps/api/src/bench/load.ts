import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

/*
 * bench:api's load generator, in a process of its own so the CPU time of the process it loads is
 * the servers' alone. Takes autocannon's options as JSON in argv[2]; prints the result as JSON.
 */
// Timed here, to the last answer: autocannon reports a run at the first of its 1 s ticks after the
// last answer, and its `duration` ends there too, an error of up to a second on a run of a few.
const started = performance.now();
let lastAnswer = started;
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const run = autocannon(JSON.parse(process.argv[2]!) as autocannon.Options, (error, finished) => (error ? reject(error) : resolve(finished)));
  run.on('response', () => {
    lastAnswer = performance.now();
  });
});
const duration = (lastAnswer - started) / 1000;
process.stdout.write(
  JSON.stringify({
    total: result.requests.total,
    duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
