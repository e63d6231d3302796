import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previousMonth } from '../../common/format';
import { agentViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { passedAssessment, statusChange } from '../../test/repair-center-fixtures';
import { renderApp } from '../../test/render-app';

const EXPORT_PATH = '/exports/center-monthly-summary.xlsx';

function summary(month: string) {
  return {
    data: {
      centerMonthlySummary: {
        repairCenter: { id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' },
        month,
        technicianCount: 4,
        dispatchableTechnicianCount: 3,
        certificatesExpiringCount: 1,
        assessments: [passedAssessment],
        statusChanges: [statusChange],
      },
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('center monthly summary page', () => {
  it('shows the month asked for and exports it with the session token', async () => {
    storeSession('tok-summary');
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:summary');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const api = createMockApi(
      { Me: { data: { me: agentViewer } }, CenterMonthlySummary: ({ month }) => summary(String(month)) },
      { [EXPORT_PATH]: () => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }) },
    );
    renderApp({ path: '/repair-centers/rc-1/summary?month=2026-05', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'FZ-01 福州鼓楼特约维修中心 月度汇总' })).toBeInTheDocument();
    expect(screen.getByLabelText('月份')).toHaveValue('2026-05');
    const figures = screen.getByRole('heading', { name: '2026-05 概况' }).closest<HTMLElement>('.ui-card')!;
    expect(within(figures).getByText('可派工技术员').closest('div')).toHaveTextContent('3');
    expect(within(screen.getByRole('table', { name: '本月状态变更' })).getByText('签订合作协议')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(api.requests.find((request) => request.operationName === `GET ${EXPORT_PATH}`)).toEqual({
      operationName: `GET ${EXPORT_PATH}`,
      variables: { repairCenterId: 'rc-1', month: '2026-05' },
      authorization: 'Bearer tok-summary',
      language: 'zh-CN',
    });
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked[0]).toEqual({ href: 'blob:summary', download: '维修中心月度汇总-FZ-01-2026-05.xlsx' });
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('defaults to last month and shows why an export was refused', async () => {
    storeSession();
    const api = createMockApi(
      { Me: { data: { me: agentViewer } }, CenterMonthlySummary: ({ month }) => summary(String(month)) },
      {
        [EXPORT_PATH]: () =>
          new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: '找不到该维修中心。' } }), { status: 404, headers: { 'content-type': 'application/json' } }),
      },
    );
    renderApp({ path: '/repair-centers/rc-1/summary', fetch: api.fetch });

    const lastMonth = previousMonth();
    expect(await screen.findByRole('heading', { name: `${lastMonth} 概况` })).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'CenterMonthlySummary')?.variables).toEqual({ repairCenterId: 'rc-1', month: lastMonth });

    await userEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到该维修中心。');
  });
});
