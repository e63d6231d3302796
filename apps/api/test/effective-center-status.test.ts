import { effectiveCenterStatus, RECORDED_CENTER_STATUSES } from '@aftersales/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const localDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const center = fc.record({ recordedStatus: fc.constantFrom(...RECORDED_CENTER_STATUSES), agreementValidTo: localDate, today: localDate });
/** Around the end of the agreement, where the rule turns: the day before, the day itself, the day after. */
const nearTheEnd = fc
  .record({ recordedStatus: fc.constantFrom(...RECORDED_CENTER_STATUSES), agreementValidTo: localDate, offset: fc.integer({ min: -1, max: 1 }) })
  .map(({ offset, ...rest }) => {
    const today = new Date(`${rest.agreementValidTo}T00:00:00Z`);
    today.setUTCDate(today.getUTCDate() + offset);
    return { ...rest, today: today.toISOString().slice(0, 10) };
  });

describe('effective_center_status, the SQL form of the domain rule', () => {
  it('answers as effectiveCenterStatus on generated centers and days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(center, nearTheEnd), { minLength: 1, maxLength: 50 }), async (cases) => {
        const rows = (await app.dataSource.query(
          `SELECT effective_center_status(c.recorded_status, c.agreement_valid_to, c.today) AS status
             FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS c (recorded_status, agreement_valid_to, today, n) ORDER BY c.n`,
          [cases.map((c) => c.recordedStatus), cases.map((c) => c.agreementValidTo), cases.map((c) => c.today)],
        )) as { status: string }[];
        expect(rows.map((row) => row.status)).toEqual(cases.map((c) => effectiveCenterStatus(c, c.today)));
      }),
      { numRuns: 60 },
    );
  });
});
