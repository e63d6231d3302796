import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previousMonth } from '../common/format';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderComplaintReports } from '../test/render-complaint-reports';

const EXPORT_PATH = '/exports/return-exchange-ledger.xlsx';

function ledger(month: string) {
  return {
    data: {
      returnExchangeLedger: {
        month,
        rows: [
          { unit: 'PRODUCTION', lossShare: '1400.00', handlingCost: '140.00', penalties: '0.00', total: '1540.00' },
          { unit: 'QUALITY_INSPECTION', lossShare: '600.00', handlingCost: '60.00', penalties: '0.00', total: '660.00' },
          { unit: 'SALES', lossShare: '0.00', handlingCost: '0.00', penalties: '200.00', total: '200.00' },
          { unit: 'CUSTOMER', lossShare: '300.50', handlingCost: '0.00', penalties: '0.00', total: '300.50' },
        ],
        complaints: [
          {
            id: 'cp-7',
            code: 'TS-2026-000007',
            customerName: '张先生',
            directLoss: '2000.00',
            handlingCost: '200.00',
            resolutionKind: 'COMPENSATE',
            compensation: '2000.00',
            resolvedAt: '2026-05-18T02:00:00.000Z',
          },
          {
            id: 'cp-8',
            code: 'TS-2026-000008',
            customerName: '李女士',
            directLoss: '300.50',
            handlingCost: null,
            resolutionKind: 'NONE',
            compensation: null,
            resolvedAt: '2026-05-20T02:00:00.000Z',
          },
        ],
        penalties: [{ id: 'pen-1', unit: 'SALES', reason: 'LATE_FORWARD', amount: '200.00', at: '2026-05-12T03:00:00.000Z' }],
      },
    },
  };
}

/** Each row's cells as text, header row first. */
function tableText(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

afterEach(() => vi.restoreAllMocks());

describe('return-exchange ledger page', () => {
  it('shows each responsible unit with a totals row and exports the month with the session token', async () => {
    storeSession('tok-ledger');
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:ledger');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const api = createMockApi(
      { Me: { data: { me: agentViewer } }, ReturnExchangeLedger: ({ month }) => ledger(String(month)) },
      { [EXPORT_PATH]: () => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }) },
    );
    renderComplaintReports({ path: '/complaints/ledger?month=2026-05', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '退赔换台帐', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText('月份')).toHaveValue('2026-05');
    expect(tableText(await screen.findByRole('table', { name: '2026-05 责任单位汇总' }))).toEqual([
      ['责任单位', '损失分摊', '处理费用', '罚款', '合计'],
      ['生产车间', '¥1,400.00', '¥140.00', '¥0.00', '¥1,540.00'],
      ['质检处', '¥600.00', '¥60.00', '¥0.00', '¥660.00'],
      ['销售处', '¥0.00', '¥0.00', '¥200.00', '¥200.00'],
      ['用户', '¥300.50', '¥0.00', '¥0.00', '¥300.50'],
      ['合计', '¥2,300.50', '¥200.00', '¥200.00', '¥2,700.50'],
    ]);

    const complaints = screen.getByRole('table', { name: '本月处理完结的投诉' });
    expect(within(complaints).getByRole('link', { name: 'TS-2026-000007' })).toHaveAttribute('href', '/complaints/cp-7');
    expect(tableText(complaints).slice(1)).toEqual([
      ['TS-2026-000007', '张先生', '¥2,000.00', '¥200.00', '赔 ¥2,000.00'],
      ['TS-2026-000008', '李女士', '¥300.50', '—', '不处理'],
    ]);
    const fines = tableText(screen.getByRole('table', { name: '本月罚款' }));
    expect(fines[1]?.slice(1)).toEqual(['销售处', '延误转交', '¥200.00']);

    await userEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(api.requests.find((request) => request.operationName === `GET ${EXPORT_PATH}`)).toEqual({
      operationName: `GET ${EXPORT_PATH}`,
      variables: { month: '2026-05' },
      authorization: 'Bearer tok-ledger',
      language: 'zh-CN',
    });
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked[0]).toEqual({ href: 'blob:ledger', download: '退赔换台帐-2026-05.xlsx' });
  });

  it('defaults to last month, follows a month change and reads in English', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ReturnExchangeLedger: ({ month }) => ledger(String(month)) });
    renderComplaintReports({ path: '/complaints/ledger', fetch: api.fetch, language: 'en' });

    const lastMonth = previousMonth();
    const units = await screen.findByRole('table', { name: `Responsible units, ${lastMonth}` });
    expect(within(units).getByText('Production workshop')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'ReturnExchangeLedger')?.variables).toEqual({ month: lastMonth });

    const monthField = screen.getByLabelText('Month');
    await userEvent.clear(monthField);
    await userEvent.type(monthField, '2026-01');
    expect(await screen.findByRole('table', { name: 'Responsible units, 2026-01' })).toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'ReturnExchangeLedger').at(-1)?.variables).toEqual({ month: '2026-01' });
  });
});
