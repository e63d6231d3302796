import { monthRange } from '@aftersales/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { In, Not } from 'typeorm';
import type { RequestContext } from '../../common/request-context.js';
import { CapaRequest } from '../capa/capa-request.entity.js';

@ObjectType({ description: 'One line of a breakdown' })
export class CountItem {
  @Field(() => String, { description: 'The code or value counted (model code, cause, tier…)' })
  key: string;

  @Field(() => String, { description: 'A readable name where there is one' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '产品质量信息月报 (004 §4.12): the month’s complaints summarized' })
export class QualityReport {
  @Field(() => String) month: string;
  @Field(() => Int, { description: 'Complaints received in the month' }) total: number;
  @Field(() => [CountItem]) byModel: CountItem[];
  @Field(() => [CountItem], { description: 'Fault causes (not yet investigated: UNKNOWN)' }) byCause: CountItem[];
  @Field(() => [CountItem]) byTier: CountItem[];
  @Field(() => [CountItem]) byRegion: CountItem[];
  @Field(() => [CountItem], { description: 'Repair centers (none: head office)' }) byCenter: CountItem[];
  @Field(() => [CountItem], { description: 'The most frequent fault descriptions' }) topFaults: CountItem[];
  @Field(() => [CapaRequest], { description: 'Corrections requested and not yet verified effective' }) openCorrections: CapaRequest[];
}

const BREAKDOWNS = {
  byModel: { key: 'model.code', label: 'model.name', join: 'JOIN product_model model ON model.id = complaint.model_id' },
  byCause: { key: `coalesce(complaint.fault_cause, 'UNKNOWN')`, label: `coalesce(complaint.fault_cause, 'UNKNOWN')`, join: '' },
  byTier: { key: 'complaint.tier', label: 'complaint.tier', join: '' },
  byRegion: { key: 'region.code', label: 'region.name', join: 'JOIN region ON region.id = complaint.region_id' },
  byCenter: {
    key: `coalesce(center.code, 'HEAD_OFFICE')`,
    label: `coalesce(center.name, '总部直接受理')`,
    join: 'LEFT JOIN repair_center center ON center.id = complaint.repair_center_id',
  },
  topFaults: { key: 'complaint.main_fault', label: 'complaint.main_fault', join: '' },
} as const;

export const qualityReportService = {
  async forMonth(context: RequestContext, month: string): Promise<QualityReport> {
    const { first, last } = monthRange(month);
    const manager = await context.manager();
    const { timeZone } = await context.loaders.calendarSettings();
    const inMonth = `(complaint.received_at AT TIME ZONE $1)::date BETWEEN $2 AND $3`;
    const params = [timeZone, first, last];
    const count = async ({ key, label, join }: (typeof BREAKDOWNS)[keyof typeof BREAKDOWNS], limit = 100): Promise<CountItem[]> => {
      const rows: { key: string; label: string; count: number }[] = await manager.query(
        `SELECT ${key} AS key, min(${label}) AS label, count(*)::integer AS count
           FROM complaint ${join} WHERE ${inMonth} GROUP BY 1 ORDER BY count DESC, key LIMIT ${limit}`,
        params,
      );
      return rows;
    };
    const [totalRow] = (await manager.query(`SELECT count(*)::integer AS total FROM complaint WHERE ${inMonth}`, params)) as { total: number }[];
    return {
      month,
      total: totalRow?.total ?? 0,
      byModel: await count(BREAKDOWNS.byModel),
      byCause: await count(BREAKDOWNS.byCause),
      byTier: await count(BREAKDOWNS.byTier),
      byRegion: await count(BREAKDOWNS.byRegion),
      byCenter: await count(BREAKDOWNS.byCenter),
      topFaults: await count(BREAKDOWNS.topFaults, 10),
      openCorrections: await manager.find(CapaRequest, { where: { status: Not(In(['VERIFIED_EFFECTIVE'])) }, order: { createdAt: 'ASC' } }),
    };
  },
};
