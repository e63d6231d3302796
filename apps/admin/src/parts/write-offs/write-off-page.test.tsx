import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { writeOffDetail } from '../testing/parts-fixtures';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const lineRow = (name: string) => within(screen.getByRole('table', { name: '核销明细' })).getByText(name).closest('tr') as HTMLElement;
const columnOf = (header: string) =>
  within(screen.getByRole('table', { name: '核销明细' }))
    .getAllByRole('columnheader')
    .findIndex((cell) => cell.textContent === header);

describe('write-off workspace', () => {
  it('highlights the differences, marks the unexplained one and keeps closing disabled with the reason', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsWriteOff: writeOffDetail() });
    renderApp({ path: '/parts/write-offs/wo-q1', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'HX-2026-Q1-FZ-01' })).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: '核销单概况' });
    for (const text of ['核销中', 'FZ-01 福州鼓楼特约维修中心', '2026-Q1']) expect(within(summary).getByText(text)).toBeInTheDocument();

    const bearing = lineRow('BRG-6205 · 轴承');
    expect(within(bearing).getAllByText('0').filter((cell) => cell.classList.contains('parts-difference--none'))).toHaveLength(2);
    expect(within(bearing).queryByText('差异待说明')).not.toBeInTheDocument();
    const winding = lineRow('WND-Y2 · 定子绕组');
    expect(within(winding).getAllByText('+1').map((cell) => cell.className)).toEqual(['parts-difference parts-difference--off', 'parts-difference parts-difference--off']);
    expect(within(winding).getByText('差异待说明')).toHaveClass('ui-badge--danger');

    expect(screen.getByRole('button', { name: '结案核销' })).toBeDisabled();
    expect(screen.getByText('还有 1 种配件的差异未说明，说明后才能结案。')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '本季度结案的领用单' })).toHaveTextContent('LY-2026-000001');
  });

  it('previews the difference while counting, sends counts and explanations with the version, then closes', async () => {
    storeSession();
    let saved = false;
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      PartsWriteOff: () =>
        saved
          ? writeOffDetail({ version: 5, canClose: true, blockingPartIds: [], allowedActions: ['RECORD_COUNTS', 'RETURN_OLD_PARTS', 'CLOSE'], lines: writeOffDetail().data.partsWriteOff.lines.map((line) => ({ ...line, explanation: line.blocking ? '用户留下旧件' : null, blocking: false })) })
          : writeOffDetail(),
      RecordWriteOffCounts: () => {
        saved = true;
        return { data: { recordWriteOffCounts: { __typename: 'PartsWriteOff', id: 'wo-q1', version: 5 } } };
      },
      CloseWriteOff: { data: { closeWriteOff: { __typename: 'PartsWriteOff', id: 'wo-q1', version: 6, status: 'CLOSED', closedAt: '2026-04-10T02:00:00.000Z' } } },
    });
    renderApp({ path: '/parts/write-offs/wo-q1', fetch: api.fetch });

    const end = await screen.findByLabelText('WND-Y2 · 定子绕组 季末库存');
    await userEvent.clear(end);
    await userEvent.type(end, '2');
    // 3 received − 1 used − 0 − 0 − (2 − 0) on hand = 0: the stock now reconciles, the old part still does not.
    expect(within(lineRow('WND-Y2 · 定子绕组')).getAllByText('0').some((cell) => cell.classList.contains('parts-difference--none'))).toBe(true);
    expect(screen.getByText('盘点数或说明尚未保存，保存后才能结案。')).toBeInTheDocument();
    const writtenOff = () => within(lineRow('WND-Y2 · 定子绕组')).getAllByRole('cell')[columnOf('旧件核销')]?.textContent;
    expect(writtenOff()).toBe('0');
    await userEvent.type(screen.getByLabelText('WND-Y2 · 定子绕组 差异说明'), '用户留下旧件');
    expect(within(lineRow('WND-Y2 · 定子绕组')).queryByText('差异待说明')).not.toBeInTheDocument();
    // Explained, the missing old winding will be written off the center's held old parts on closing.
    expect(writtenOff()).toBe('1');

    await userEvent.click(screen.getByRole('button', { name: '保存盘点与说明' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '结案核销' })).toBeEnabled());
    expect(requestsOf(api, 'RecordWriteOffCounts')[0]?.variables).toEqual({
      id: 'wo-q1',
      version: 4,
      counts: [
        { partId: 'p-1', onHandAtStart: 2, onHandAtEnd: 6, explanation: null },
        { partId: 'p-2', onHandAtStart: 0, onHandAtEnd: 2, explanation: '用户留下旧件' },
      ],
    });

    await userEvent.click(screen.getByRole('button', { name: '结案核销' }));
    const dialog = screen.getByRole('dialog', { name: '结案核销：HX-2026-Q1-FZ-01' });
    expect(within(dialog).getByText('结案后核销凭证存档，不能再修改；本季度 1 张已收货的领用单随之结案。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '结案核销' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'CloseWriteOff')[0]?.variables).toEqual({ id: 'wo-q1', version: 5 });
  });

  it('records old parts returned to head office', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      PartsWriteOff: writeOffDetail(),
      RecordOldPartsReturned: { data: { recordOldPartsReturned: { __typename: 'PartsWriteOff', id: 'wo-q1', version: 5 } } },
    });
    renderApp({ path: '/parts/write-offs/wo-q1', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '旧件返还' }));
    const dialog = screen.getByRole('dialog', { name: '旧件返还：HX-2026-Q1-FZ-01' });
    expect(within(dialog).getByLabelText(/^配件/)).toHaveValue('p-2');
    expect(within(dialog).getByLabelText(/^数量/)).toHaveValue(1);
    await userEvent.click(within(dialog).getByRole('button', { name: '旧件返还' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordOldPartsReturned')[0]?.variables).toEqual({ id: 'wo-q1', version: 4, partId: 'p-2', quantity: 1, to: 'HEAD_OFFICE' });
  });

  it('shows a closed write-off read-only with its voucher page and the Excel export', async () => {
    storeSession();
    const closed = writeOffDetail({ status: 'CLOSED', closedByName: '赵部长', closedAt: '2026-04-10T02:00:00.000Z', canClose: true, blockingPartIds: [], allowedActions: [] });
    // Closing wrote off the old winding the customer kept: the center holds none any more.
    closed.data.partsWriteOff.lines = closed.data.partsWriteOff.lines.map((line) =>
      line.blocking ? { ...line, explanation: '用户留下旧件', blocking: false, oldPartsHeld: 0, oldPartsWrittenOff: 1 } : line,
    );
    const api = createMockApi(
      { Me: { data: { me: partnerViewer } }, PartsWriteOff: closed },
      { '/exports/parts-write-off.xlsx': () => new Response(new Blob(['xlsx']), { status: 200 }) },
    );
    const view = renderApp({ path: '/parts/write-offs/wo-q1', fetch: api.fetch });

    expect(await screen.findByText('核销已结案，以下为存档的核销凭证内容，不能再修改。')).toBeInTheDocument();
    expect(screen.queryByLabelText('WND-Y2 · 定子绕组 季末库存')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '结案核销' })).not.toBeInTheDocument();
    expect(within(lineRow('WND-Y2 · 定子绕组')).getByText('用户留下旧件')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(api.requests.some((request) => request.operationName === 'GET /exports/parts-write-off.xlsx')).toBe(true));
    expect(api.requests.find((request) => request.operationName === 'GET /exports/parts-write-off.xlsx')).toMatchObject({ variables: { id: 'wo-q1' }, authorization: 'Bearer session-token' });

    await userEvent.click(screen.getByRole('link', { name: '打印核销凭证' }));
    expect(view.router.state.location.pathname).toBe('/parts/write-offs/wo-q1/voucher');
    const voucher = await screen.findByRole('article', { name: '三包配件核销凭证' });
    expect(within(voucher).getByText('编号：HX-2026-Q1-FZ-01')).toBeInTheDocument();
    const rows = within(within(voucher).getByRole('table', { name: '核销明细' })).getAllByRole('row').slice(1);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['WND-Y2 · 定子绕组', '3', '1', '0', '0', '0', '1', '+1', '0', '+1', '1', '用户留下旧件']);
    expect(within(voucher).getByRole('columnheader', { name: '旧件核销' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打印' })).toBeInTheDocument();
  });
});
