import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const RAW = 'PartsRequisition aa66ae77-0000-4000-8000-000000000000 不存在。';

describe('a record that does not exist', () => {
  it.each([
    ['zh-CN', '找不到该领用单，或您无权查看。'],
    ['en', 'This requisition does not exist, or you may not see it.'],
  ] as const)('reads as the page’s own not-found in %s, not the API’s class name and id', async (language, message) => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsRequisition: graphQLError('NOT_FOUND', RAW) });
    renderApp({ path: '/parts/requisitions/aa66ae77-0000-4000-8000-000000000000', fetch: api.fetch, language });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByText(RAW)).not.toBeInTheDocument();
  });

  it('still shows any other error as the API words it', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WorkOrder: graphQLError('FORBIDDEN', 'You may not see this work order.') });
    renderApp({ path: '/work-orders/wo-1', fetch: api.fetch, language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not see this work order.');
  });
});
