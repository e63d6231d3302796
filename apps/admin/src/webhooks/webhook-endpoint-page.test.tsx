import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { succeededDelivery, webhookEndpoint, webhookEventTypes } from './webhook-fixtures';

const failedDelivery = {
  ...succeededDelivery,
  id: 'd-2',
  eventType: 'complaint.registered',
  status: 'FAILED',
  attemptCount: 1,
  attempts: [{ ...succeededDelivery.attempts[0]!, id: 'a-2', succeeded: false, httpStatus: null, latencyMs: 10_000, responseExcerpt: null, error: 'timeout after 10 s' }],
};

function endpointAnswer(deliveries: unknown[]) {
  return {
    data: {
      webhookEndpoint: {
        ...webhookEndpoint,
        deliveries: { __typename: 'WebhookDeliveryConnection', nodes: deliveries, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, totalCount: deliveries.length },
      },
    },
  };
}

describe('Webhook endpoint page', () => {
  it('shows the delivery log; a delivery opens to its attempts with status, latency and the response excerpt', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: { data: { webhookEventTypes } },
      WebhookEndpoint: endpointAnswer([failedDelivery, succeededDelivery]),
    });
    renderApp({ path: '/webhooks/wh-1', fetch: api.fetch, language: 'en' });

    const log = await screen.findByRole('table', { name: 'Delivery log' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Complaint registered'),
      expect.stringContaining('Work order dispatched'),
    ]);
    expect(rows[0]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('Succeeded');
    expect(api.requests.find((request) => request.operationName === 'WebhookEndpoint')?.variables).toEqual({ id: 'wh-1', first: 50 });

    await userEvent.click(within(rows[1]!).getByRole('button', { name: /^Show the attempts of Work order dispatched/ }));
    const attempts = await screen.findByRole('table', { name: 'Attempts' });
    const attempt = within(attempts).getAllByRole('row')[1]!;
    expect(within(attempt).getByText('200')).toBeInTheDocument();
    expect(within(attempt).getByText('42')).toBeInTheDocument();
    expect(within(attempt).getByText('{"received":true}')).toBeInTheDocument();

    await userEvent.click(within(rows[0]!).getByRole('button', { name: /^Show the attempts of Complaint registered/ }));
    expect(await screen.findByText('timeout after 10 s')).toBeInTheDocument();
    expect(screen.getByText('No answer')).toBeInTheDocument();
  });

  it('redelivers one delivery and sends a test event, saying so', async () => {
    storeSession();
    const testDelivery = { ...succeededDelivery, id: 'd-test', eventType: 'webhook.test', attemptCount: 1 };
    let testSent = false;
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: { data: { webhookEventTypes } },
      WebhookEndpoint: () => endpointAnswer(testSent ? [testDelivery, failedDelivery] : [failedDelivery]),
      RedeliverWebhookEvent: ({ deliveryId }) => ({ data: { redeliverWebhookEvent: { ...failedDelivery, id: String(deliveryId), status: 'PENDING', nextAttemptAt: null } } }),
      SendTestWebhookEvent: () => {
        testSent = true;
        return { data: { sendTestWebhookEvent: testDelivery } };
      },
    });
    renderApp({ path: '/webhooks/wh-1', fetch: api.fetch });

    const log = await screen.findByRole('table', { name: '投递记录' });
    await userEvent.click(within(log).getByRole('button', { name: '重新投递' }));
    expect(await screen.findByText('已重新排队投递。')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'RedeliverWebhookEvent')?.variables).toEqual({ deliveryId: 'd-2' });

    await userEvent.click(screen.getByRole('button', { name: '发送测试事件' }));
    expect(await screen.findByText('测试事件已排队发送。')).toBeInTheDocument();
    // The test event is listed in words, though no endpoint subscribes to it.
    expect(await within(log).findByText('测试事件')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'SendTestWebhookEvent')?.variables).toEqual({ endpointId: 'wh-1' });
  });

  it('says so when the endpoint does not exist or is not the viewer’s', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WebhookEventTypes: { data: { webhookEventTypes } },
      WebhookEndpoint: { errors: [{ message: 'WebhookEndpoint wh-9 不存在', extensions: { code: 'NOT_FOUND' } }] },
    });
    renderApp({ path: '/webhooks/wh-9', fetch: api.fetch });
    expect(await screen.findByText('该 Webhook 端点不存在或您无权查看。')).toBeInTheDocument();
  });
});
