import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { webhookEndpoint, webhookEventTypes } from './webhook-fixtures';

const eventTypesAnswer = { data: { webhookEventTypes } };

describe('Webhooks page', () => {
  it("lists a partner's endpoints with their event types in the reader's language, and shows the page in the navigation", async () => {
    storeSession();
    const failing = { ...webhookEndpoint, id: 'wh-2', url: 'https://crm.example.com/in', description: '', status: 'FAILING', consecutiveFailures: 6, eventTypes: ['complaint.registered', 'work_order.dispatched'] };
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, WebhookEventTypes: eventTypesAnswer, WebhookEndpoints: { data: { webhookEndpoints: [webhookEndpoint, failing] } } });
    renderApp({ path: '/webhooks', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'Webhook 推送' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Webhook 推送' });
    const failingRow = (await within(table).findByText('https://crm.example.com/in')).closest('tr')!;
    expect(within(failingRow).getByText('投诉已登记')).toBeInTheDocument();
    expect(within(failingRow).getByText('工单已派工')).toBeInTheDocument();
    expect(within(failingRow).getByText('连续失败')).toBeInTheDocument();
    expect(within(failingRow).getByText('6')).toBeInTheDocument();
    // A partner's endpoints are all its own center's: no center column.
    expect(within(table).queryByRole('columnheader', { name: '维修中心' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: 'Webhook 推送' })).toHaveAttribute('href', '/webhooks');
  });

  it('registers an endpoint, shows the API’s error by its field, then the signing secret once', async () => {
    storeSession();
    let attempts = 0;
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: eventTypesAnswer,
      WebhookEndpoints: { data: { webhookEndpoints: [] } },
      CreateWebhookEndpoint: ({ input }) => {
        attempts += 1;
        if (attempts === 1) {
          expect(input).toEqual({ url: 'http://erp.example.com/hook', eventTypes: ['work_order.dispatched'], description: 'ERP 工单同步' });
          return { errors: [{ message: '请检查端点', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { url: '地址必须是 https' } } }] };
        }
        expect(input).toEqual({ url: 'https://erp.example.com/hook', eventTypes: ['work_order.dispatched'], description: 'ERP 工单同步' });
        return { data: { createWebhookEndpoint: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_shown_once', endpoint: webhookEndpoint } } };
      },
    });
    renderApp({ path: '/webhooks', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '登记端点' }));
    const dialog = screen.getByRole('dialog', { name: '登记 Webhook 端点' });
    await userEvent.click(within(dialog).getByRole('button', { name: '登记端点' }));
    expect(within(dialog).getByText('请至少选择一个事件类型。')).toBeInTheDocument();
    expect(attempts).toBe(0);

    await userEvent.type(within(dialog).getByLabelText(/^地址/), 'http://erp.example.com/hook');
    await userEvent.type(within(dialog).getByLabelText('说明'), 'ERP 工单同步');
    await userEvent.click(await within(dialog).findByLabelText('工单已派工'));
    await userEvent.click(within(dialog).getByRole('button', { name: '登记端点' }));
    expect(await within(dialog).findByText('地址必须是 https')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^地址/)).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(within(dialog).getByLabelText(/^地址/));
    await userEvent.type(within(dialog).getByLabelText(/^地址/), 'https://erp.example.com/hook');
    await userEvent.click(within(dialog).getByRole('button', { name: '登记端点' }));

    const secret = await screen.findByRole('alertdialog', { name: '端点已登记：请保存签名密钥' });
    expect(within(secret).getByText('whsec_shown_once')).toBeInTheDocument();
    expect(within(secret).getByRole('alert')).toHaveTextContent('关闭此窗口后将无法再次查看');
    await userEvent.click(within(secret).getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByText('whsec_shown_once')).not.toBeInTheDocument());
  });

  it('lets head office register an endpoint for a chosen center and see each endpoint’s center', async () => {
    storeSession();
    const headOfficeEndpoint = { ...webhookEndpoint, id: 'wh-hq', url: 'https://bi.example.com/all', repairCenter: null };
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      WebhookEventTypes: eventTypesAnswer,
      WebhookEndpoints: { data: { webhookEndpoints: [webhookEndpoint, headOfficeEndpoint] } },
      RepairCenterOptions: { data: { repairCenters: { __typename: 'RepairCenterConnection', nodes: [webhookEndpoint.repairCenter] } } },
      CreateWebhookEndpoint: ({ input }) => {
        expect(input).toEqual({ url: 'https://erp.example.com/hook', eventTypes: ['complaint.registered'], description: '', repairCenterId: 'rc-1' });
        return { data: { createWebhookEndpoint: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_center', endpoint: webhookEndpoint } } };
      },
    });
    renderApp({ path: '/webhooks', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: 'Webhook 推送' });
    expect((await within(table).findByText('https://bi.example.com/all')).closest('tr')).toHaveTextContent('总部（全部事件）');
    expect(within(table).getByText('https://erp.example.com/hook').closest('tr')).toHaveTextContent('福州鼓楼特约维修中心');

    await userEvent.click(screen.getByRole('button', { name: '登记端点' }));
    const dialog = screen.getByRole('dialog', { name: '登记 Webhook 端点' });
    await userEvent.type(within(dialog).getByLabelText(/^地址/), 'https://erp.example.com/hook');
    await within(dialog).findByRole('option', { name: 'FZ-01 · 福州鼓楼特约维修中心' });
    await userEvent.selectOptions(within(dialog).getByLabelText('维修中心'), 'rc-1');
    await userEvent.click(within(dialog).getByLabelText('投诉已登记'));
    await userEvent.click(within(dialog).getByRole('button', { name: '登记端点' }));
    expect(await screen.findByText('whsec_center')).toBeInTheDocument();
  });

  it('pauses an endpoint, and rotates its secret only after confirming', async () => {
    storeSession();
    let stored = webhookEndpoint;
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: eventTypesAnswer,
      WebhookEndpoints: () => ({ data: { webhookEndpoints: [stored] } }),
      PauseWebhookEndpoint: ({ id }) => {
        stored = { ...webhookEndpoint, id: String(id), status: 'PAUSED' };
        return { data: { pauseWebhookEndpoint: stored } };
      },
      RotateWebhookSecret: ({ id }) => ({ data: { rotateWebhookSecret: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_rotated', endpoint: { ...webhookEndpoint, id } } } }),
    });
    renderApp({ path: '/webhooks', fetch: api.fetch });

    const row = (await screen.findByText('https://erp.example.com/hook')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '暂停' }));
    expect(await within(row).findByRole('button', { name: '恢复' })).toBeInTheDocument();
    expect(within(row).getByText('已暂停')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: '更换密钥' }));
    const confirm = screen.getByRole('alertdialog', { name: '更换签名密钥' });
    expect(confirm).toHaveTextContent('旧密钥立即失效');
    expect(api.requests.some((request) => request.operationName === 'RotateWebhookSecret')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: '更换密钥' }));
    const secret = await screen.findByRole('alertdialog', { name: '签名密钥已更换：请保存新密钥' });
    expect(within(secret).getByText('whsec_rotated')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'RotateWebhookSecret')?.variables).toEqual({ id: 'wh-1' });
  });

  it('edits an endpoint from its current values, and deletes one only after confirming', async () => {
    storeSession();
    let stored = [webhookEndpoint];
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: eventTypesAnswer,
      WebhookEndpoints: () => ({ data: { webhookEndpoints: stored } }),
      UpdateWebhookEndpoint: ({ id, input }) => {
        expect({ id, input }).toEqual({ id: 'wh-1', input: { url: 'https://erp.example.com/hook', eventTypes: ['work_order.dispatched', 'complaint.registered'], description: 'ERP 工单同步' } });
        stored = [{ ...webhookEndpoint, eventTypes: ['work_order.dispatched', 'complaint.registered'] }];
        return { data: { updateWebhookEndpoint: stored[0] } };
      },
      DeleteWebhookEndpoint: ({ id }) => {
        stored = [];
        return { data: { deleteWebhookEndpoint: id } };
      },
    });
    renderApp({ path: '/webhooks', fetch: api.fetch });

    const row = (await screen.findByText('https://erp.example.com/hook')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '编辑' }));
    const dialog = screen.getByRole('dialog', { name: '修改 Webhook 端点' });
    expect(within(dialog).getByLabelText(/^地址/)).toHaveValue('https://erp.example.com/hook');
    expect(await within(dialog).findByLabelText('工单已派工')).toBeChecked();
    await userEvent.click(within(dialog).getByLabelText('投诉已登记'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(row).findByText('投诉已登记')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: '删除' }));
    const confirm = screen.getByRole('alertdialog', { name: '删除 Webhook 端点' });
    expect(confirm).toHaveTextContent('https://erp.example.com/hook 将不再接收任何事件');
    await userEvent.click(within(confirm).getByRole('button', { name: '删除' }));
    expect(await screen.findByText('还没有登记 Webhook 端点。')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'DeleteWebhookEndpoint')?.variables).toEqual({ id: 'wh-1' });
  });
});
