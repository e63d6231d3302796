import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulePeriodicJob } from './periodic-job.js';

describe('a periodic job', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then every period, and no more once stopped', async () => {
    const job = vi.fn(async () => undefined);
    const stop = schedulePeriodicJob('test', 1000, job);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(job).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(job).toHaveBeenCalledTimes(3);
  });

  it('logs a failed run under its name and runs again next period', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const job = vi.fn(async () => {
      throw new Error('database away');
    });
    const stop = schedulePeriodicJob('contract expiry', 1000, job);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(job).toHaveBeenCalledTimes(2);
    expect(errors).toHaveBeenCalledWith('contract expiry job failed', expect.objectContaining({ message: 'database away' }));
    errors.mockRestore();
  });
});
