import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const settings = { data: { maintenanceContractSettings: { renewalNoticeDays: 30 } } };

describe('maintenance-contract settings (保养合同参数)', () => {
  it('lets the CS manager change the notice period and shows the API’s field error', async () => {
    storeSession();
    let attempt = 0;
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      MaintenanceContractSettings: settings,
      UpdateMaintenanceContractSettings: ({ input }) =>
        ++attempt === 1
          ? graphQLError('BAD_USER_INPUT', '保养合同参数无效，请更正标出的字段。', { renewalNoticeDays: '请输入 1 至 365 的整数天数。' })
          : { data: { updateMaintenanceContractSettings: input } },
    });
    renderApp({ path: '/settings/maintenance-contract-settings', fetch: api.fetch });
    const days = await screen.findByLabelText(/^到期通知提前天数/);
    expect(days).toHaveValue(30);

    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByLabelText(/^到期通知提前天数/)).toHaveAccessibleDescription('请输入 1 至 365 的整数天数。'));

    await userEvent.clear(screen.getByLabelText(/^到期通知提前天数/));
    await userEvent.type(screen.getByLabelText(/^到期通知提前天数/), '45');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'UpdateMaintenanceContractSettings').at(-1)?.variables).toEqual({ input: { renewalNoticeDays: 45 } });
  });

  it('is not open to a CS agent', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, MaintenanceContractSettings: settings });
    renderApp({ path: '/settings/maintenance-contract-settings', fetch: api.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'MaintenanceContractSettings')).toBe(false);
  });
});
