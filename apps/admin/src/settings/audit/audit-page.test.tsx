import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { selectOption } from '../../test/select-option';

const dispatch = {
  id: 'a-1',
  at: '2026-05-20T01:30:00.000Z',
  actorKind: 'USER',
  actorName: '刘主管',
  action: 'DISPATCH',
  entityType: 'WorkOrder',
  entityId: '6f1c2d3e-0000-4000-8000-000000000001',
  before: { status: 'REGISTERED', dispatchedAt: null },
  after: { status: 'DISPATCHED', dispatchedAt: '2026-05-20T01:30:00.000Z' },
};
const seed = { ...dispatch, id: 'a-2', actorKind: 'SYSTEM', actorName: 'SYSTEM', action: 'SEED', entityType: 'DemoData', entityId: 'demo', before: null, after: null };
const auditLog = { data: { auditLog: { nodes: [dispatch, seed], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 2 } } };

describe('audit log', () => {
  it('names actions and record types in the reader’s language, shows times in local time, and filters by work orders', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, AuditLog: auditLog });
    renderApp({ path: '/settings/audit', fetch: api.fetch, language: 'en' });

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const row = (await within(table).findByText('Dispatch')).closest('tr')!;
    expect(within(row).getByText('Work order')).toBeInTheDocument();
    expect(within(table).queryByText('DISPATCH')).not.toBeInTheDocument();
    const seedRow = within(table).getByText('Demo data').closest('tr')!;
    expect(within(seedRow).getAllByRole('cell').map((cell) => cell.textContent)).toContain('system');
    expect(within(table).queryByText(/SYSTEM/)).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: /Dispatch Work order/ }));
    // 01:30 UTC is 09:30 in head office's zone.
    expect(await screen.findByText(/"dispatchedAt": "May 20, 2026, 9:30/)).toBeInTheDocument();

    const entityType = screen.getByLabelText('Entity type');
    for (const label of ['Complaint', 'Work order', 'Parts requisition', 'Technician score']) {
      expect(within(entityType).getByRole('option', { name: label })).toBeInTheDocument();
    }
    await selectOption(entityType, 'WorkOrder');
    await waitFor(() => expect(api.requests.filter((request) => request.operationName === 'AuditLog').at(-1)?.variables['filter']).toEqual({ entityType: 'WorkOrder' }));
  });
});
