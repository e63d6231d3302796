import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { carriedOverCall, dispatchCandidates, supervisorViewer, todaysCall } from '../test/work-order-fixtures';
import { selectOption } from '../test/select-option';

describe('dispatch board', () => {
  it('puts the calls carried over from an earlier day first, marked, and dispatches with the version', async () => {
    storeSession();
    let queue = [todaysCall, carriedOverCall];
    const api = createMockApi({
      Me: { data: { me: supervisorViewer } },
      DispatchQueue: () => ({ data: { dispatchQueue: queue } }),
      DispatchCandidates: dispatchCandidates,
      DispatchWorkOrder: (variables) => {
        queue = [todaysCall];
        return { data: { dispatchWorkOrder: { __typename: 'WorkOrder', id: (variables['input'] as { id: string }).id, version: 2, status: 'DISPATCHED', updatedAt: '2026-05-20T01:00:00.000Z' } } };
      },
    });
    renderApp({ path: '/work-orders/dispatch', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '派工台' });
    await within(table).findByText('PG-2026-000001');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual(['PG-2026-000001', 'PG-2026-000002']);
    expect(within(rows[0]!).getByText('昨日未派')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('昨日未派')).not.toBeInTheDocument();
    expect(screen.getByText('有 1 张昨日未派的派工单，请优先派工。')).toBeInTheDocument();

    await userEvent.click(within(rows[0]!).getByRole('button', { name: '派工' }));
    const dialog = screen.getByRole('dialog', { name: '派工：PG-2026-000001' });
    expect(within(dialog).getByText('派往：FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    const technician = within(dialog).getByLabelText(/^技术员/);
    await within(dialog).findByRole('option', { name: 'T001 · 林师傅 — 福州鼓楼特约维修中心' });
    // The order's own center's technicians come first; the one whose certificate lapsed cannot be chosen.
    expect(within(technician).getAllByRole('option').map((option) => [option.textContent, (option as HTMLOptionElement).disabled])).toEqual([
      ['请选择', false],
      ['T001 · 林师傅 — 福州鼓楼特约维修中心', false],
      ['T002 · 陈师傅 — 福州鼓楼特约维修中心（不可派工）', true],
      ['T003 · 黄工', false],
    ]);
    await selectOption(technician, 't-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '派工' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.find((request) => request.operationName === 'DispatchWorkOrder')?.variables).toEqual({ input: { id: 'wo-1', version: 1, technicianId: 't-1' } });
    await waitFor(() => expect(within(table).queryByText('PG-2026-000001')).not.toBeInTheDocument());
    expect(screen.queryByText(/昨日未派的派工单/)).not.toBeInTheDocument();
  });

  it("shows the API's refusal of a technician beside the choice", async () => {
    storeSession();
    const refusal = "A repair center dispatches its own technicians only; choose one of your center's technicians.";
    const api = createMockApi({
      Me: { data: { me: supervisorViewer } },
      DispatchQueue: { data: { dispatchQueue: [todaysCall] } },
      DispatchCandidates: dispatchCandidates,
      DispatchWorkOrder: graphQLError('BAD_USER_INPUT', refusal, { technicianId: refusal }),
    });
    renderApp({ path: '/work-orders/dispatch', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '派工' }));
    const dialog = screen.getByRole('dialog', { name: '派工：PG-2026-000002' });
    await within(dialog).findByRole('option', { name: 'T003 · 黄工' });
    await selectOption(within(dialog).getByLabelText(/^技术员/), 't-3');
    await userEvent.click(within(dialog).getByRole('button', { name: '派工' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^技术员/)).toHaveAccessibleDescription(refusal));
  });

  it('is not open to a viewer who does not dispatch', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } } });
    renderApp({ path: '/work-orders/dispatch', fetch: api.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'DispatchQueue')).toBe(false);
  });
});
