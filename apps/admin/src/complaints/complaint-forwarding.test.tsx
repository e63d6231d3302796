import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, partnerViewer, storeSession } from '../test/fixtures';
import { complaintDetail } from '../test/complaint-fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const CONFLICT_MESSAGE = 'This complaint was changed by someone else; reload it and try again.';
const changed = (field: string) => ({ data: { [field]: { id: 'cp-1', version: 4, status: 'INVESTIGATING', updatedAt: '2026-05-22T00:00:00.000Z' } } });
const investigatingDirector = { ...directorViewer, permissions: [...directorViewer.permissions, 'complaints.investigate'] };
const determined = { status: 'RESPONSIBILITY_DETERMINED', responsibility: [{ __typename: 'ResponsibilityShare', unit: 'PRODUCTION', sharePercent: 100 }] };
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

describe('complaint forwarding, fines and handling cost', () => {
  it('records the forwarding with the version and the Beijing time as an ISO instant, with a reload on CONFLICT', async () => {
    storeSession();
    let forwarded = false;
    let attempts = 0;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: () => complaintDetail(forwarded ? { version: 4, forwardedAt: '2026-05-21T02:15:00.000Z', forwardingUnit: 'SALES' } : {}, agentViewer),
      RecordForwarding: () => {
        attempts += 1;
        if (attempts === 1) return graphQLError('CONFLICT', CONFLICT_MESSAGE);
        forwarded = true;
        return changed('recordForwarding');
      },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    const routing = await screen.findByLabelText('分派');
    expect(within(routing).getByText('尚未转交')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '转交技术中心' }));
    const dialog = screen.getByRole('dialog', { name: '转交技术中心：TS-2026-000001' });
    expect(within(dialog).getByLabelText(/^转交单位/)).toHaveValue('SALES');
    const time = within(dialog).getByLabelText(/^转交技术中心时间/);
    expect((time as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    fireEvent.change(time, { target: { value: '2026-05-19T10:15' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^转交技术中心时间/)).toHaveAccessibleDescription(expect.stringContaining('转交时间须在受理时间之后、当前时间之前'));
    expect(requestsOf(api, 'RecordForwarding')).toHaveLength(0);

    fireEvent.change(time, { target: { value: '2026-05-21T10:15' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('投诉已被他人修改');
    expect(requestsOf(api, 'RecordForwarding')[0]?.variables).toEqual({
      id: 'cp-1',
      input: { version: 3, forwardedAt: '2026-05-21T02:15:00.000Z', forwardingUnit: 'SALES', note: null },
    });
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordForwarding')[1]?.variables['input']).toMatchObject({ forwardedAt: '2026-05-21T02:15:00.000Z' });
    expect(await within(screen.getByLabelText('分派')).findByText('销售处')).toBeInTheDocument();
    expect(within(screen.getByLabelText('分派')).queryByText('尚未转交')).not.toBeInTheDocument();
  });

  it('offers the forwarding only to a handler of an open complaint', async () => {
    storeSession();
    const partner = createMockApi({ Me: { data: { me: partnerViewer } }, Complaint: complaintDetail({}, partnerViewer) });
    const view = renderApp({ path: '/complaints/cp-1', fetch: partner.fetch });
    await screen.findByRole('heading', { name: 'TS-2026-000001' });
    expect(screen.queryByRole('button', { name: '转交技术中心' })).not.toBeInTheDocument();
    view.unmount();

    const resolved = createMockApi({ Me: { data: { me: agentViewer } }, Complaint: complaintDetail({ status: 'RESOLVED' }, agentViewer) });
    renderApp({ path: '/complaints/cp-1', fetch: resolved.fetch });
    expect(await screen.findByRole('button', { name: '回访结案' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '转交技术中心' })).not.toBeInTheDocument();
  });

  it('lists the fines when there are any, and names the new timeline events', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      Complaint: complaintDetail({
        penalties: [
          { __typename: 'ComplaintPenalty', id: 'p1', unit: 'SALES', reason: 'LATE_FORWARD', amount: '200.00', at: '2026-05-24T02:00:00.000Z' },
          { __typename: 'ComplaintPenalty', id: 'p2', unit: 'TECH_CENTER', reason: 'LATE_HANDLING', amount: '350.00', at: '2026-06-03T02:00:00.000Z' },
        ],
        timeline: [
          { __typename: 'ComplaintEvent', id: 'e1', at: '2026-05-24T02:00:00.000Z', actorName: '李客服', kind: 'FORWARDED', fromStatus: null, toStatus: null, note: '罚款 SALES 200.00' },
          { __typename: 'ComplaintEvent', id: 'e2', at: '2026-05-25T02:00:00.000Z', actorName: '赵部长', kind: 'CAPA_ISSUED', fromStatus: null, toStatus: null, note: 'PRODUCTION' },
          { __typename: 'ComplaintEvent', id: 'e3', at: '2026-05-26T02:00:00.000Z', actorName: '周总监', kind: 'VISIT_REJECTED', fromStatus: null, toStatus: null, note: null },
          { __typename: 'ComplaintEvent', id: 'e4', at: '2026-05-27T02:00:00.000Z', actorName: '钱经理', kind: 'TECHNICIAN_VERIFIED', fromStatus: null, toStatus: null, note: '核实为技术员 林师傅 (HQ-T01) 的责任' },
        ],
      }),
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    const penalties = await screen.findByRole('table', { name: '罚款' });
    const rows = within(penalties).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 3))).toEqual([
      ['销售处', '延误转交', '¥200.00'],
      ['技术中心', '延误处理', '¥350.00'],
    ]);

    const timeline = within(screen.getByRole('table', { name: '处理记录' })).getAllByRole('row').slice(1);
    expect(timeline.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual(['转交技术中心', '下发纠正措施', '驳回出差', '核实技术员责任']);
    expect(within(timeline[1]!).getAllByRole('cell')[4]).toHaveTextContent(/^生产车间$/);
  });

  it('shows no fines section without fines', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, Complaint: complaintDetail() });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await screen.findByRole('heading', { name: 'TS-2026-000001' });
    expect(screen.queryByRole('table', { name: '罚款' })).not.toBeInTheDocument();
  });

  it('sends the optional handling cost with the resolution and shows it', async () => {
    storeSession();
    let resolved = false;
    const api = createMockApi({
      Me: { data: { me: investigatingDirector } },
      // The resolution is chosen once the responsibility is determined.
      Complaint: () => complaintDetail(resolved ? { ...determined, version: 4, resolutionKind: 'REPAIR', handlingCost: '350.50' } : determined, investigatingDirector),
      SetResolution: () => {
        resolved = true;
        return changed('setResolution');
      },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '处理方式' }));
    const dialog = screen.getByRole('dialog', { name: '处理方式：TS-2026-000001' });
    await selectOption(within(dialog).getByLabelText(/^处理方式/), 'REPAIR');
    const cost = within(dialog).getByLabelText(/^处理费用/);
    await userEvent.type(cost, '12.345');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(cost).toHaveAccessibleDescription(expect.stringContaining('请输入金额'));
    expect(requestsOf(api, 'SetResolution')).toHaveLength(0);

    await userEvent.clear(cost);
    await userEvent.type(cost, '350.50');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'SetResolution')[0]?.variables).toEqual({ id: 'cp-1', input: { version: 3, kind: 'REPAIR', compensation: null, handlingCost: '350.50', note: null } });
    expect(await within(screen.getByLabelText('处理')).findByText('¥350.50')).toBeInTheDocument();
  });
});
