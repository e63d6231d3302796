import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { complaintDetail, onTimeComplaint, overdueComplaint, registrationOptionHandlers } from '../test/complaint-fixtures';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

/** Two pages: the first ends at cursor `c1`. */
function pagedComplaints(variables: Record<string, unknown>) {
  const second = variables['after'] === 'c1';
  return {
    data: {
      complaints: {
        nodes: [second ? onTimeComplaint : overdueComplaint],
        pageInfo: { hasNextPage: !second, endCursor: second ? 'c2' : 'c1' },
        totalCount: 21,
      },
    },
  };
}

const lastComplaintsRequest = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'Complaints').at(-1)?.variables;

describe('the complaint list in the URL', () => {
  it('keeps the filter and the page when the user opens a complaint and comes back', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaints: pagedComplaints, Complaint: complaintDetail(), ...registrationOptionHandlers });
    const { router } = renderApp({ path: '/complaints', fetch: api.fetch });
    await screen.findByRole('link', { name: 'TS-2026-000001' });

    await selectOption(screen.getByLabelText('状态'), 'RECEIVED');
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('共 21 条 · 第 2 页')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('RECEIVED');

    await router.navigate('/complaints/cp-1');
    expect(await screen.findByRole('table', { name: '时限' })).toBeInTheDocument();
    await router.navigate(-1);

    expect(await screen.findByText('共 21 条 · 第 2 页')).toBeInTheDocument();
    expect(screen.getByLabelText('状态')).toHaveValue('RECEIVED');
    await waitFor(() => expect(lastComplaintsRequest(api)).toMatchObject({ after: 'c1', filter: { status: 'RECEIVED' } }));
  });

  it('opens a shared link filtered and sorted', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaints: pagedComplaints, ...registrationOptionHandlers });
    renderApp({ path: '/complaints?tier=CRITICAL&specialCase=1&orderBy=RECEIVED_ASC&search=%E7%94%B5%E6%9C%BA', fetch: api.fetch });
    expect(await screen.findByLabelText('仅看重大危机')).toBeChecked();
    expect(screen.getByRole('searchbox', { name: /搜索/ })).toHaveValue('电机');
    await waitFor(() =>
      expect(lastComplaintsRequest(api)).toEqual({ first: 20, after: null, orderBy: 'RECEIVED_ASC', filter: { tier: 'CRITICAL', specialCase: true, search: '电机' } }),
    );
  });

  it('reads values it does not know as the defaults, without failing', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaints: pagedComplaints, ...registrationOptionHandlers });
    renderApp({ path: '/complaints?status=NOPE&orderBy=DROP%20TABLE&overdue=maybe&receivedFrom=yesterday&after=', fetch: api.fetch });
    expect(await screen.findByRole('link', { name: 'TS-2026-000001' })).toBeInTheDocument();
    expect(lastComplaintsRequest(api)).toEqual({ first: 20, after: null, orderBy: 'WORK_LIST', filter: {} });
  });
});
