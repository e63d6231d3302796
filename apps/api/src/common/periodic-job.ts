/**
 * Runs `job` now and then every `everyMs`; returns a function that stops it. A failed run is
 * logged and the next one tries again; the timer does not keep the process alive.
 */
export function schedulePeriodicJob(name: string, everyMs: number, job: () => Promise<unknown>): () => void {
  const run = () => job().catch((error) => console.error(`${name} job failed`, error));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
