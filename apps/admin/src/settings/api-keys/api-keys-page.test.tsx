import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { selectOption } from '../../test/select-option';

const center = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };
const settings = (defaultRateLimitPerMinute: number) => ({
  data: { apiKeySettings: { __typename: 'ApiKeySettings', defaultRateLimitPerMinute } },
});

const key = {
  __typename: 'ApiKey',
  id: 'k1',
  name: '工单系统',
  prefix: 'ask_abc',
  repairCenter: center,
  scope: 'READ_WRITE',
  ownRateLimitPerMinute: null,
  rateLimitPerMinute: 600,
  requestsLast30Days: 1234,
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
      ApiKeySettings: settings(600),
      ApiKeys: { data: { apiKeys: [] } },
      CreateApiKey: ({ input }) => {
        expect(input).toEqual({ repairCenterId: 'rc-1', name: '工单系统', scope: 'READ_WRITE', rateLimitPerMinute: 120 });
        return { data: { createApiKey: { __typename: 'CreatedApiKey', secret: 'ask_abc_secret', apiKey: key } } };
      },
    });
    renderApp({ path: '/settings/api-keys', fetch: api.fetch });

    const create = await screen.findByRole('button', { name: '新建密钥' });
    expect(create).toBeDisabled();
    await selectOption(await screen.findByLabelText('维修中心'), 'rc-1');
    await userEvent.click(create);
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('名称'), '工单系统');
    // Read only unless chosen otherwise; the limit's hint names the default it falls back to.
    expect(within(dialog).getByLabelText('权限')).toHaveValue('READ');
    expect(within(dialog).getByLabelText('单独限流（次/分钟）')).toHaveAccessibleDescription('每分钟请求数；留空则使用默认值（600 次/分钟）');
    await selectOption(within(dialog).getByLabelText('权限'), '读写');
    await userEvent.type(within(dialog).getByLabelText('单独限流（次/分钟）'), '120');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '新建密钥' }));

    const secret = await screen.findByRole('alertdialog', { name: '密钥“工单系统”已创建' });
    expect(within(secret).getByText('ask_abc_secret')).toBeInTheDocument();
    expect(within(secret).getByRole('alert')).toHaveTextContent('关闭此窗口后将无法再次查看');
    await userEvent.click(within(secret).getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByText('ask_abc_secret')).not.toBeInTheDocument());
  });

  it('shows head office each key’s scope, limit and use, and changes scope and limit', async () => {
    storeSession();
    const ownLimitKey = { ...key, id: 'k2', name: '只读报表', scope: 'READ', ownRateLimitPerMinute: 120, rateLimitPerMinute: 120, requestsLast30Days: 0, lastUsedAt: '2026-03-02T02:00:00Z' };
    let attempt = 0;
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      RepairCenterOptions: { data: { repairCenters: { __typename: 'RepairCenterConnection', nodes: [center] } } },
      ApiKeySettings: settings(600),
      ApiKeys: { data: { apiKeys: [key, ownLimitKey] } },
      UpdateApiKey: ({ id, input }) => {
        attempt += 1;
        if (attempt === 1) return graphQLError('BAD_USER_INPUT', 'The API key is not valid.', { rateLimitPerMinute: '请输入 1–1000000 之间的每分钟请求数（整数）。' });
        return { data: { updateApiKey: { ...key, id, ...(input as object) } } };
      },
    });
    renderApp({ path: '/settings/api-keys', fetch: api.fetch });
    await selectOption(await screen.findByLabelText('维修中心'), 'rc-1');

    const table = await screen.findByRole('table', { name: 'API 密钥' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [followsDefault, ownLimit] = within(table).getAllByRole('row').slice(1);
    expect(within(followsDefault!).getByText('读写')).toBeInTheDocument();
    expect(within(followsDefault!).getByText('600 次/分钟（默认）')).toBeInTheDocument();
    expect(within(followsDefault!).getByText('1,234')).toBeInTheDocument();
    expect(within(followsDefault!).getByText('从未使用')).toBeInTheDocument();
    expect(within(ownLimit!).getByText('只读')).toBeInTheDocument();
    expect(within(ownLimit!).getByText('120 次/分钟')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: '修改“工单系统”的权限和限流' }));
    const dialog = screen.getByRole('dialog', { name: '修改密钥“工单系统”' });
    expect(within(dialog).getByLabelText('权限')).toHaveValue('READ_WRITE');
    await selectOption(within(dialog).getByLabelText('权限'), '只读');
    await userEvent.type(within(dialog).getByLabelText('单独限流（次/分钟）'), '0');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(dialog).getByLabelText('单独限流（次/分钟）')).toHaveAccessibleDescription('请输入 1–1000000 之间的每分钟请求数（整数）。'));

    await userEvent.clear(within(dialog).getByLabelText('单独限流（次/分钟）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((request) => request.operationName === 'UpdateApiKey').map((request) => request.variables)).toEqual([
      { id: 'k1', input: { scope: 'READ', rateLimitPerMinute: 0 } },
      { id: 'k1', input: { scope: 'READ', rateLimitPerMinute: null } },
    ]);
  });

  it('lets head office change the default limit', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      RepairCenterOptions: { data: { repairCenters: { __typename: 'RepairCenterConnection', nodes: [center] } } },
      ApiKeySettings: settings(600),
      UpdateApiKeySettings: ({ input }) => ({ data: { updateApiKeySettings: { __typename: 'ApiKeySettings', ...(input as object) } } }),
    });
    renderApp({ path: '/settings/api-keys', fetch: api.fetch });

    const form = await screen.findByRole('form', { name: 'API 密钥参数' });
    const limit = within(form).getByLabelText(/^默认限流/);
    expect(limit).toHaveValue(600);
    await userEvent.clear(limit);
    await userEvent.type(limit, '1200');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('已保存')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'UpdateApiKeySettings')?.variables).toEqual({ input: { defaultRateLimitPerMinute: 1200 } });
  });
});
