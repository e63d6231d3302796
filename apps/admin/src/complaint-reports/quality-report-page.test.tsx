import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { directorViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderComplaintReports } from '../test/render-complaint-reports';

const EXPORT_PATH = '/exports/quality-report.xlsx';

const same = (key: string, count: number) => ({ key, label: key, count });

function report(month: string) {
  return {
    data: {
      qualityReport: {
        month,
        total: 8,
        byModel: [
          { key: 'Y2-132', label: 'Y2 系列三相异步电动机', count: 5 },
          { key: 'Y2-160', label: 'Y2 系列电动机（160 机座）', count: 3 },
        ],
        byCause: [same('MANUFACTURING', 4), same('UNKNOWN', 3), same('TRANSPORT', 1)],
        byTier: [same('MINOR', 6), same('MAJOR', 2)],
        byRegion: [{ key: 'FZ', label: '福州地区', count: 8 }],
        byCenter: [
          { key: 'HEAD_OFFICE', label: '总部直接受理', count: 5 },
          { key: 'FZ-01', label: '福州鼓楼特约维修中心', count: 3 },
        ],
        topFaults: [same('电机运行异响', 4), same('轴承过热', 2)],
        openCorrections: [{ id: 'capa-1', responsibleUnit: 'PRODUCTION', status: 'ANALYZED', issuedByName: '赵部长', createdAt: '2026-05-20T02:00:00.000Z' }],
      },
    },
  };
}

/** Each body row's cells as text. */
function bodyText(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

afterEach(() => vi.restoreAllMocks());

describe('quality report page', () => {
  it('shows the counts of the month, the charts as text, and exports with the session token', async () => {
    storeSession('tok-quality');
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:quality');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const api = createMockApi(
      { Me: { data: { me: directorViewer } }, QualityReport: ({ month }) => report(String(month)) },
      { [EXPORT_PATH]: () => new Response(new Blob(['xlsx']), { status: 200 }) },
    );
    renderComplaintReports({ path: '/complaints/quality-report?month=2026-05', fetch: api.fetch });

    const figures = (await screen.findByRole('heading', { name: '2026-05 概况' })).closest<HTMLElement>('.ui-card')!;
    expect(within(figures).getByText('投诉总数').closest('div')).toHaveTextContent('8');
    expect(within(figures).getByText('未关闭的纠正措施').closest('div')).toHaveTextContent('1');

    // The chart is one image to a screen reader: it is named with its figures, and a table repeats them.
    expect(screen.getByRole('img', { name: '按型号柱状图：Y2-132 Y2 系列三相异步电动机 5 件；Y2-160 Y2 系列电动机（160 机座） 3 件' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: '按型号' }))).toEqual([
      ['Y2-132 Y2 系列三相异步电动机', '5'],
      ['Y2-160 Y2 系列电动机（160 机座）', '3'],
    ]);
    expect(screen.getByRole('img', { name: '按故障原因柱状图：制造原因 4 件；尚未鉴定 3 件；运输原因 1 件' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: '按等级' }))).toEqual([
      ['一般', '6'],
      ['较大', '2'],
    ]);
    expect(bodyText(screen.getByRole('table', { name: '按地区' }))).toEqual([['福州地区', '8']]);
    expect(bodyText(screen.getByRole('table', { name: '按维修中心' }))).toEqual([
      ['总部直接受理', '5'],
      ['FZ-01 福州鼓楼特约维修中心', '3'],
    ]);
    expect(bodyText(screen.getByRole('table', { name: '主要故障' }))[0]).toEqual(['电机运行异响', '4']);
    const corrections = bodyText(screen.getByRole('table', { name: '未关闭的纠正预防措施' }));
    expect(corrections).toHaveLength(1);
    expect(corrections[0]?.slice(0, 2)).toEqual(['生产车间', '已分析原因']);
    expect(corrections[0]?.[3]).toBe('赵部长');

    await userEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(clicked).toEqual(['产品质量信息月报-2026-05.xlsx']));
    expect(api.requests.find((request) => request.operationName === `GET ${EXPORT_PATH}`)).toEqual({
      operationName: `GET ${EXPORT_PATH}`,
      variables: { month: '2026-05' },
      authorization: 'Bearer tok-quality',
      language: 'zh-CN',
    });
  });

  it('shows empty breakdowns without a chart', async () => {
    storeSession();
    const empty = { ...report('2026-02').data.qualityReport, total: 0, byModel: [], byCause: [], byTier: [], byRegion: [], byCenter: [], topFaults: [], openCorrections: [] };
    const api = createMockApi({ Me: { data: { me: directorViewer } }, QualityReport: { data: { qualityReport: empty } } });
    renderComplaintReports({ path: '/complaints/quality-report?month=2026-02', fetch: api.fetch });

    const byModel = await screen.findByRole('table', { name: '按型号' });
    expect(within(byModel).getByText('本月没有投诉。')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('没有未关闭的纠正预防措施。')).toBeInTheDocument();
  });
});
