import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { connection } from '../../test/repair-center-fixtures';
import { renderApp } from '../../test/render-app';
import { writeOffDetail } from '../testing/parts-fixtures';
import { finishedQuarters, previousQuarter } from './quarters';
import { selectOption } from '../../test/select-option';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const listed = writeOffDetail().data.partsWriteOff;
const centers = { RepairCenterOptions: { data: { repairCenters: { nodes: [{ __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' }] } } } };

describe('write-offs page', () => {
  it('offers only finished quarters, newest first', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(finishedQuarters(3, '2026-05-20')).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(finishedQuarters(1, '2026-01-01')).toEqual(['2025-Q4']);
  });

  it('lists and filters the write-offs, and starts one for a center and quarter on its workspace', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      PartsWriteOffs: connection('partsWriteOffs', [listed]),
      OpenWriteOff: { data: { openWriteOff: { __typename: 'PartsWriteOff', id: 'wo-q1', code: 'HX-2026-Q1-FZ-01' } } },
      PartsWriteOff: writeOffDetail(),
      ...centers,
    });
    const view = renderApp({ path: '/parts/write-offs', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '季度核销' });
    const row = (await within(table).findByRole('link', { name: 'HX-2026-Q1-FZ-01' })).closest('tr')!;
    expect(within(row).getByText('核销中')).toBeInTheDocument();
    expect(within(row).getByText('2026-Q1')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'FZ-01 · 福州鼓楼特约维修中心' });
    await selectOption(screen.getByLabelText('维修中心'), 'rc-1');
    await selectOption(screen.getByLabelText('状态'), 'OPEN');
    await waitFor(() => expect(requestsOf(api, 'PartsWriteOffs').at(-1)?.variables).toEqual({ first: 20, after: null, filter: { repairCenterId: 'rc-1', status: 'OPEN' } }));

    await userEvent.click(screen.getByRole('button', { name: '开始核销' }));
    const dialog = screen.getByRole('dialog', { name: '开始核销' });
    const quarter = finishedQuarters(1)[0]!;
    expect(within(dialog).getByLabelText(/^季度/)).toHaveValue(quarter);
    await selectOption(within(dialog).getByLabelText(/^维修中心/), 'rc-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '开始核销' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/parts/write-offs/wo-q1'));
    expect(requestsOf(api, 'OpenWriteOff')[0]?.variables).toEqual({ repairCenterId: 'rc-1', quarter });
  });

  it('shows a partner its write-offs without a way to start one', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, PartsWriteOffs: connection('partsWriteOffs', [listed]) });
    renderApp({ path: '/parts/write-offs', fetch: api.fetch });
    expect(await within(await screen.findByRole('table', { name: '季度核销' })).findByRole('link', { name: 'HX-2026-Q1-FZ-01' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '开始核销' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('维修中心')).not.toBeInTheDocument();
  });
});
