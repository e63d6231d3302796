import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { selectOption } from '../../test/select-option';

const center = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };
const key = {
  __typename: 'ApiKey',
  id: 'k1',
  name: '工单系统',
  prefix: 'ask_abc',
  repairCenter: center,
  createdAt: '2026-03-01T02:00:00Z',
  createdByName: '王管理',
  lastUsedAt: null,
  revokedAt: null,
};

describe('API keys page', () => {
  it("shows a partner its own center's keys, read only", async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, ApiKeys: { data: { apiKeys: [key] } } });
    renderApp({ path: '/settings/api-keys', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'API 密钥' })).toBeInTheDocument();
    expect(await screen.findByText('工单系统')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建密钥' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '吊销' })).not.toBeInTheDocument();
    const settingsNavigation = screen.getByRole('navigation', { name: '设置导航' });
    expect(within(settingsNavigation).getAllByRole('link').map((link) => link.textContent)).toEqual(['派工参数', '技术员考核参数', 'API 密钥']);
    expect(api.requests.find((request) => request.operationName === 'ApiKeys')?.variables).toEqual({ repairCenterId: null, includeRevoked: false });
  });

  it('creates a key for the chosen center and shows the secret once', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      RepairCenterOptions: { data: { repairCenters: { __typename: 'RepairCenterConnection', nodes: [center] } } },
      ApiKeys: { data: { apiKeys: [] } },
      CreateApiKey: ({ input }) => {
        expect(input).toEqual({ repairCenterId: 'rc-1', name: '工单系统' });
        return { data: { createApiKey: { __typename: 'CreatedApiKey', secret: 'ask_abc_secret', apiKey: key } } };
      },
    });
    renderApp({ path: '/settings/api-keys', fetch: api.fetch });

    const create = await screen.findByRole('button', { name: '新建密钥' });
    expect(create).toBeDisabled();
    await selectOption(await screen.findByLabelText('维修中心'), 'rc-1');
    await userEvent.click(create);
    await userEvent.type(within(screen.getByRole('dialog')).getByLabelText('名称'), '工单系统');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '新建密钥' }));

    const secret = await screen.findByRole('alertdialog', { name: '密钥“工单系统”已创建' });
    expect(within(secret).getByText('ask_abc_secret')).toBeInTheDocument();
    expect(within(secret).getByRole('alert')).toHaveTextContent('关闭此窗口后将无法再次查看');
    await userEvent.click(within(secret).getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByText('ask_abc_secret')).not.toBeInTheDocument());
  });
});
