import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, storeSession } from '../test/fixtures';
import { lateFirstResponse, onTimeComplaint, overdueComplaint, registrationOptionHandlers } from '../test/complaint-fixtures';
import { createMockApi } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const complaints = connection('complaints', [overdueComplaint, lateFirstResponse, onTimeComplaint]);

describe('complaints page', () => {
  it('highlights overdue complaints, pins special cases and offers no registration without the permission', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, Complaints: complaints, ...registrationOptionHandlers });
    renderApp({ path: '/complaints', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '投诉' });
    const overdueRow = (await within(table).findByRole('link', { name: 'TS-2026-000001' })).closest('tr')!;
    expect(within(table).getByRole('link', { name: 'TS-2026-000001' })).toHaveAttribute('href', '/complaints/cp-1');
    expect(within(overdueRow).getByText('逾期 1 天')).toHaveClass('ui-badge--danger');
    expect(within(overdueRow).getByText('置顶 · 重大危机')).toBeInTheDocument();
    expect(within(overdueRow).getByText('较大')).toBeInTheDocument();
    expect(within(overdueRow).getByText('调查中')).toBeInTheDocument();
    expect(within(overdueRow).getByText('Y2-132 Y2 系列三相异步电动机')).toBeInTheDocument();

    const lateRow = within(table).getByText('李女士').closest('tr')!;
    expect(within(lateRow).getByText('首次响应逾期 5 小时')).toHaveClass('ui-badge--danger');
    expect(within(lateRow).getByText(/未登记编号/)).toBeInTheDocument();

    const onTimeRow = within(table).getByText('王先生').closest('tr')!;
    expect(within(onTimeRow).queryByText(/逾期/)).not.toBeInTheDocument();
    expect(within(onTimeRow).queryByText(/置顶/)).not.toBeInTheDocument();

    expect(screen.queryByRole('link', { name: '登记投诉' })).not.toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'Complaints')?.variables).toEqual({ first: 20, after: null, orderBy: 'WORK_LIST', filter: {} });
  });

  it('opens filtered to overdue complaints from the dashboard link', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaints: complaints, ...registrationOptionHandlers });
    renderApp({ path: '/complaints?overdue=1', fetch: api.fetch });
    expect(await screen.findByLabelText('仅看逾期')).toBeChecked();
    // The checkbox renders from the URL before urql sends the query, so wait for the request itself.
    await waitFor(() => expect(api.requests.find((request) => request.operationName === 'Complaints')?.variables['filter']).toEqual({ overdue: true }));
  });

  it('lets an agent register, filter and sort', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaints: complaints, ...registrationOptionHandlers });
    renderApp({ path: '/complaints', fetch: api.fetch });
    expect(await screen.findByRole('link', { name: '登记投诉' })).toHaveAttribute('href', '/complaints/new');

    await selectOption(screen.getByLabelText('状态'), 'RECEIVED');
    await selectOption(screen.getByLabelText('等级'), 'CRITICAL');
    await userEvent.click(screen.getByLabelText('仅看逾期'));
    await userEvent.click(screen.getByLabelText('仅看重大危机'));
    await userEvent.type(screen.getByLabelText('受理日期从'), '2026-05-01');
    await selectOption(screen.getByLabelText('排序'), 'RECEIVED_DESC');
    await waitFor(() =>
      expect(api.requests.filter((request) => request.operationName === 'Complaints').at(-1)?.variables).toEqual({
        first: 20,
        after: null,
        orderBy: 'RECEIVED_DESC',
        filter: { status: 'RECEIVED', tier: 'CRITICAL', overdue: true, specialCase: true, receivedFrom: '2026-05-01' },
      }),
    );
  });
});
