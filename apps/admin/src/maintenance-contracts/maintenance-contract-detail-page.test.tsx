import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayLocalDate } from '../common/format';
import { agentViewer, directorViewer, storeSession } from '../test/fixtures';
import { contractDetail } from '../test/maintenance-contract-fixtures';
import { createMockApi, graphQLError, type MockHandler } from '../test/mock-api';
import { optionHandlers } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

/** The detail query answers the contract as it is after each accepted change. */
function detailAfterChanges(...states: ReturnType<typeof contractDetail>[]): MockHandler {
  let answered = 0;
  return () => states[Math.min(answered++, states.length - 1)]!;
}

const requestsOf = (api: ReturnType<typeof createMockApi>, operationName: string) => api.requests.filter((request) => request.operationName === operationName);

describe('maintenance contract detail (保养合同)', () => {
  it('shows the contract, its covered units with their models, the renewal so far and the work orders under it', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, MaintenanceContract: contractDetail({ allowedActions: [] }) });
    renderApp({ path: '/maintenance-contracts/mc-1', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'HT-2025-0031' })).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: '合同状态' });
    expect(within(summary).getByText('剩余 20 天')).toHaveClass('ui-badge--warning');
    expect(within(summary).getByText('未通知')).toBeInTheDocument();

    const contract = screen.getByLabelText('合同');
    expect(within(contract).getByText('2025-12-13 至 2026-12-13')).toBeInTheDocument();
    expect(within(contract).getByText('¥10,800.00')).toBeInTheDocument();
    const renewal = screen.getByLabelText('到期通知与续约');
    expect(within(renewal).getByText('2026-11-13')).toBeInTheDocument();
    expect(within(renewal).getByText('尚未发出保养到期通知书。')).toBeInTheDocument();
    expect(within(renewal).getByRole('link', { name: 'HT-2024-0107' })).toHaveAttribute('href', '/maintenance-contracts/mc-0');

    const units = screen.getByRole('table', { name: '覆盖产品' });
    expect(within(units).getByText('Y2-160L-4 Y2 系列三相异步电动机 15kW')).toBeInTheDocument();
    const orders = screen.getByRole('table', { name: '合同项下的派工单' });
    expect(within(orders).getByRole('link', { name: 'WO-2026-000031' })).toHaveAttribute('href', '/work-orders/wo-9');
    expect(within(orders).getByText('合同服务')).toBeInTheDocument();

    // A reader is offered no action.
    expect(screen.queryByRole('button', { name: '记录到期通知' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
  });

  it('records the expiry notice: today by letter by the signed-in agent by default, the API’s field errors beside the fields, then reloads', async () => {
    storeSession();
    const noticed = contractDetail({
      version: 4,
      expiring: false,
      renewalState: 'NOTICE_SENT',
      allowedActions: ['EDIT', 'RECORD_RENEWAL'],
      renewalNotice: { __typename: 'ContractRenewalNotice', sentOn: '2026-11-20', method: 'VISIT', sentBy: '林海燕', note: '上门送达', recordedByName: '李客服 (cs_agent)', recordedAt: '2026-11-20T03:00:00.000Z' },
    });
    let attempts = 0;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      ...optionHandlers,
      MaintenanceContract: detailAfterChanges(contractDetail(), noticed),
      RecordContractRenewalNotice: () =>
        attempts++ === 0
          ? graphQLError('BAD_USER_INPUT', '暂不能登记到期通知，请更正标出的字段。', { sentOn: '通知日期不能早于合同生效日（2025-12-13）。' })
          : noticed,
    });
    renderApp({ path: '/maintenance-contracts/mc-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录到期通知' }));
    const dialog = screen.getByRole('dialog', { name: '记录到期通知：HT-2025-0031' });
    expect(within(dialog).getByLabelText(/^发出日期/)).toHaveValue(todayLocalDate());
    expect(within(dialog).getByLabelText(/^通知方式/)).toHaveValue('LETTER');
    expect(within(dialog).getByLabelText(/^经办人/)).toHaveValue('李客服');

    await userEvent.clear(within(dialog).getByLabelText(/^经办人/));
    await userEvent.click(within(dialog).getByRole('button', { name: '记录到期通知' }));
    expect(within(dialog).getByLabelText(/^经办人/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'RecordContractRenewalNotice')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^经办人/), ' 林海燕 ');
    await selectOption(within(dialog).getByLabelText(/^通知方式/), 'VISIT');
    await userEvent.clear(within(dialog).getByLabelText(/^发出日期/));
    await userEvent.type(within(dialog).getByLabelText(/^发出日期/), '2025-01-01');
    await userEvent.type(within(dialog).getByLabelText(/^备注/), '上门送达');
    await userEvent.click(within(dialog).getByRole('button', { name: '记录到期通知' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^发出日期/)).toHaveAccessibleDescription('通知日期不能早于合同生效日（2025-12-13）。'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('暂不能登记到期通知');

    await userEvent.clear(within(dialog).getByLabelText(/^发出日期/));
    await userEvent.type(within(dialog).getByLabelText(/^发出日期/), '2026-11-20');
    await userEvent.click(within(dialog).getByRole('button', { name: '记录到期通知' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordContractRenewalNotice').at(-1)?.variables).toEqual({
      input: { id: 'mc-1', version: 3, sentOn: '2026-11-20', method: 'VISIT', sentBy: '林海燕', note: '上门送达' },
    });
    const renewal = screen.getByLabelText('到期通知与续约');
    expect(await within(renewal).findByText('2026-11-20 派员上门，经办人 林海燕')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录到期通知' })).not.toBeInTheDocument();
  });

  it('offers a reload when someone else changed the contract meanwhile', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      ...optionHandlers,
      MaintenanceContract: contractDetail(),
      RecordContractRenewalNotice: graphQLError('CONFLICT', '您编辑期间，该保养合同已被他人修改。请重新加载后再试。'),
    });
    renderApp({ path: '/maintenance-contracts/mc-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录到期通知' }));
    const dialog = screen.getByRole('dialog', { name: '记录到期通知：HT-2025-0031' });
    await userEvent.click(within(dialog).getByRole('button', { name: '记录到期通知' }));
    expect(await within(dialog).findByText('该保养合同已被他人修改')).toBeInTheDocument();
    const loads = requestsOf(api, 'MaintenanceContract').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(requestsOf(api, 'MaintenanceContract').length).toBeGreaterThan(loads));
  });

  it('records the renewal: RENEWED with one of the candidate contracts, DECLINED only with the reason', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      ...optionHandlers,
      MaintenanceContract: contractDetail(),
      RecordContractRenewal: contractDetail({ renewalState: 'RENEWED', allowedActions: ['EDIT'], renewal: { __typename: 'ContractRenewal', outcome: 'RENEWED', note: null, recordedByName: '李客服 (cs_agent)', recordedAt: '2026-11-20T03:00:00.000Z' } }),
    });
    renderApp({ path: '/maintenance-contracts/mc-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录续约结果' }));
    const dialog = screen.getByRole('dialog', { name: '记录续约结果：HT-2025-0031' });

    await selectOption(within(dialog).getByLabelText(/^续约结果/), 'DECLINED');
    await userEvent.click(within(dialog).getByRole('button', { name: '记录续约结果' }));
    expect(within(dialog).getByLabelText(/^不续约原因/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'RecordContractRenewal')).toHaveLength(0);

    await selectOption(within(dialog).getByLabelText(/^续约结果/), 'RENEWED');
    expect(within(dialog).getByLabelText(/^续签合同/)).toHaveValue('mc-3');
    await userEvent.click(within(dialog).getByRole('button', { name: '记录续约结果' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordContractRenewal')[0]?.variables).toEqual({
      input: { id: 'mc-1', version: 3, outcome: 'RENEWED', renewedByContractId: 'mc-3', note: null },
    });
  });

  it('tells the agent to create the renewal contract first when none can be chosen', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...optionHandlers, MaintenanceContract: contractDetail({ renewalCandidates: [] }) });
    renderApp({ path: '/maintenance-contracts/mc-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录续约结果' }));
    const dialog = screen.getByRole('dialog', { name: '记录续约结果：HT-2025-0031' });
    await selectOption(within(dialog).getByLabelText(/^续约结果/), 'RENEWED');
    expect(within(dialog).getByText(/请先新建续约合同/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/^续签合同/)).not.toBeInTheDocument();
  });
});
