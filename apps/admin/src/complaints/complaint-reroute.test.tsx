import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { complaintDetail } from '../test/complaint-fixtures';
import { agentViewer, partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const CONFLICT_MESSAGE = 'Someone else changed this complaint while you were working on it. Reload it and try again.';
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

const reroutedEvent = {
  __typename: 'ComplaintEvent',
  id: 'e4',
  at: '2026-05-22T02:00:00.000Z',
  actorName: '李客服',
  kind: 'REROUTED',
  fromStatus: null,
  toStatus: null,
  note: '技术部门 → 仓储运输：外包装运输破损',
};

describe('re-routing a complaint (转派)', () => {
  it('sends the new department and the reason with the version, offers a reload on CONFLICT, and shows the move', async () => {
    storeSession();
    let rerouted = false;
    let attempts = 0;
    const before = complaintDetail({ canReroute: true }).data.complaint;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: () =>
        complaintDetail(
          rerouted
            ? {
                version: 4,
                canReroute: true,
                handlingDepartment: 'WAREHOUSE_TRANSPORT',
                routingOverrideReason: '外包装运输破损',
                timeline: [...before.timeline, reroutedEvent],
              }
            : { canReroute: true },
        ),
      RerouteComplaint: () => {
        attempts += 1;
        if (attempts === 1) return graphQLError('CONFLICT', CONFLICT_MESSAGE);
        rerouted = true;
        return { data: { rerouteComplaint: { id: 'cp-1', version: 4, status: 'INVESTIGATING', updatedAt: '2026-05-22T02:00:00.000Z' } } };
      },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '转派' }));
    const dialog = screen.getByRole('dialog', { name: '转派：TS-2026-000001' });
    expect(within(dialog).getByText(/投诉目前由「技术部门（研发、设计、生产、技术）」处理/)).toBeInTheDocument();
    const department = within(dialog).getByLabelText(/^转派至/);
    // The current department is not offered; the hint names the one the subject routes to.
    expect([...(department as HTMLSelectElement).options].map((option) => option.textContent)).toEqual([
      '请选择',
      '仓储运输',
      '营销部门',
      '经销商协调',
      '品管部',
      '客服部',
    ]);
    expect(department).toHaveAccessibleDescription(expect.stringContaining('按投诉主题应为：技术部门'));

    await userEvent.click(within(dialog).getByRole('button', { name: '转派' }));
    expect(department).toHaveAccessibleDescription(expect.stringContaining('必填'));
    expect(within(dialog).getByLabelText(/^转派原因/)).toHaveAccessibleDescription(expect.stringContaining('必填'));
    expect(requestsOf(api, 'RerouteComplaint')).toHaveLength(0);

    await selectOption(department, 'WAREHOUSE_TRANSPORT');
    await userEvent.type(within(dialog).getByLabelText(/^转派原因/), '  外包装运输破损 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '转派' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('投诉已被他人修改');
    expect(requestsOf(api, 'RerouteComplaint')[0]?.variables).toEqual({
      id: 'cp-1',
      input: { version: 3, handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '外包装运输破损' },
    });
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());

    await userEvent.click(within(dialog).getByRole('button', { name: '转派' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const routing = screen.getByLabelText('分派');
    expect(await within(routing).findByText('仓储运输')).toBeInTheDocument();
    expect(within(routing).getByText('外包装运输破损')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: '处理记录' })).getAllByRole('row');
    const cells = within(rows.at(-1)!).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent(/^转派$/);
    expect(cells[4]).toHaveTextContent('技术部门 → 仓储运输：外包装运输破损');
  });

  it('shows the API’s field error next to the reason', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: complaintDetail({ canReroute: true }),
      RerouteComplaint: graphQLError('BAD_USER_INPUT', '请选择处理部门并说明转派原因。', { reason: '最多 500 个字符。' }),
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '转派' }));
    const dialog = screen.getByRole('dialog', { name: '转派：TS-2026-000001' });
    await selectOption(within(dialog).getByLabelText(/^转派至/), 'MARKETING');
    await userEvent.type(within(dialog).getByLabelText(/^转派原因/), '服务人员态度差');
    await userEvent.click(within(dialog).getByRole('button', { name: '转派' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^转派原因/)).toHaveAccessibleDescription(expect.stringContaining('最多 500 个字符。')));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('offers no 转派 when the API says this viewer may not move the complaint: a partner, or CS once it is resolved', async () => {
    storeSession();
    const partner = createMockApi({ Me: { data: { me: partnerViewer } }, Complaint: complaintDetail() });
    const view = renderApp({ path: '/complaints/cp-1', fetch: partner.fetch });
    await screen.findByRole('heading', { name: 'TS-2026-000001' });
    expect(screen.queryByRole('button', { name: '转派' })).not.toBeInTheDocument();
    view.unmount();

    const resolved = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: complaintDetail({ status: 'RESOLVED', allowedTransitions: ['CLOSED'], canReroute: false }),
    });
    renderApp({ path: '/complaints/cp-1', fetch: resolved.fetch });
    expect(await screen.findByRole('button', { name: '回访结案' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '转派' })).not.toBeInTheDocument();
  });
});
