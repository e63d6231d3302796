import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { connection, headOfficeTechnician, optionHandlers, technician } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const assignment = {
  __typename: 'TechnicianRegionAssignment',
  id: 'as1',
  region: { id: 'r2', code: 'XM', name: '厦门地区' },
  startsOn: '2026-04-01',
  endsOn: '2026-04-30',
  reason: '厦门旺季支援',
  assignedByName: '李客服',
  createdAt: '2026-03-30T02:00:00Z',
};
const technicians = connection('technicians', [
  { ...technician, regionAssignments: [] },
  { ...headOfficeTechnician, regionAssignments: [assignment] },
]);

describe('technicians page', () => {
  it('lists head-office and center technicians with certificate and dispatch status, and filters head office only', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Technicians: technicians, ...optionHandlers });
    renderApp({ path: '/technicians', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '技术员' });
    const centerRow = (await within(table).findByText('林师傅')).closest('tr')!;
    expect(within(centerRow).getByText('福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(within(centerRow).getByText('有效')).toHaveClass('ui-badge--success');
    expect(within(centerRow).getByText('可派工')).toBeInTheDocument();
    const headOfficeRow = within(table).getByText('王工').closest('tr')!;
    expect(within(headOfficeRow).getByText('总部')).toBeInTheDocument();
    expect(within(headOfficeRow).getByText('已过期')).toHaveClass('ui-badge--danger');
    expect(within(headOfficeRow).getByText('不可派工')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建技术员' })).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('仅总部技术员'));
    await waitFor(() => expect(api.requests.filter((request) => request.operationName === 'Technicians').at(-1)?.variables['filter']).toEqual({ headOfficeOnly: true }));
  });

  it('shows the cross-region assignments of a technician and adds one', async () => {
    storeSession();
    const created = { ...assignment, id: 'as2', region: { id: 'r1', code: 'FZ', name: '福州地区' }, startsOn: '2026-07-01', endsOn: null, reason: '福州抢修' };
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Technicians: technicians,
      ...optionHandlers,
      AssignTechnicianToRegion: { data: { assignTechnicianToRegion: created } },
    });
    renderApp({ path: '/technicians', fetch: api.fetch });
    const row = (await screen.findByText('王工')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '跨区域派遣' }));

    const dialog = screen.getByRole('dialog', { name: '王工 的跨区域派遣' });
    const list = within(dialog).getByRole('table', { name: '王工 的派遣记录' });
    expect(within(list).getByText('厦门旺季支援')).toBeInTheDocument();
    expect(within(list).getByText('2026-04-01 至 2026-04-30')).toBeInTheDocument();

    await selectOption(await within(dialog).findByLabelText(/^派遣地区/), 'r1');
    await userEvent.clear(within(dialog).getByLabelText(/^开始日期/));
    await userEvent.type(within(dialog).getByLabelText(/^开始日期/), '2026-07-01');
    await userEvent.type(within(dialog).getByLabelText(/^原因/), '福州抢修');
    await userEvent.click(within(dialog).getByRole('button', { name: '派遣' }));

    expect(await within(list).findByText('福州抢修')).toBeInTheDocument();
    expect(within(list).getByText('2026-07-01 至 长期')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'AssignTechnicianToRegion')?.variables).toEqual({
      input: { technicianId: 't2', regionId: 'r1', startsOn: '2026-07-01', endsOn: null, reason: '福州抢修' },
    });
  });

  it("shows a partner its own center's staff, read only", async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, Technicians: connection('technicians', [{ ...technician, regionAssignments: [] }]), ...optionHandlers });
    renderApp({ path: '/technicians', fetch: api.fetch });

    expect(await screen.findByText('林师傅')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建技术员' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('仅总部技术员')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '所属单位' })).not.toBeInTheDocument();
  });
});
