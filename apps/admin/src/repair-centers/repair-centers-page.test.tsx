import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, directorViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { activeCenter, connection, expiredCenter, optionHandlers, rectifyingCenter } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const centers = connection('repairCenters', [activeCenter, rectifyingCenter, expiredCenter]);

describe('repair centers page', () => {
  it('lists the centers with status, deadline and agreement days left, and offers no create to a reader', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, RepairCenters: centers, ...optionHandlers });
    renderApp({ path: '/repair-centers', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '维修中心' });
    const activeRow = (await within(table).findByText('福州鼓楼特约维修中心')).closest('tr')!;
    expect(within(activeRow).getByText('正常')).toBeInTheDocument();
    expect(within(activeRow).getByText('HT-2026-001')).toBeInTheDocument();
    expect(within(activeRow).getByText('剩余 200 天')).not.toHaveClass('ui-badge');

    const rectifyingRow = within(table).getByText('厦门思明特约维修中心').closest('tr')!;
    expect(within(rectifyingRow).getByText('限期整改')).toHaveClass('ui-badge--warning');
    expect(within(rectifyingRow).getByText('整改期限 2026-07-30')).toBeInTheDocument();
    expect(within(rectifyingRow).getByText('剩余 12 天')).toHaveClass('ui-badge--warning');

    const expiredRow = within(table).getByText('泉州丰泽特约维修中心').closest('tr')!;
    expect(within(expiredRow).getByText('协议到期')).toHaveClass('ui-badge--danger');
    expect(within(expiredRow).getByText('已到期 5 天')).toHaveClass('ui-badge--danger');
    expect(within(table).getByRole('link', { name: 'FZ-01' })).toHaveAttribute('href', '/repair-centers/rc-1');

    expect(screen.queryByRole('button', { name: '新建维修中心' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
  });

  it('filters by status and by agreements ending within the chosen days', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, RepairCenters: centers, ...optionHandlers });
    renderApp({ path: '/repair-centers', fetch: api.fetch });
    await screen.findByText('福州鼓楼特约维修中心');

    await selectOption(screen.getByLabelText('状态'), 'RECTIFYING');
    await selectOption(screen.getByLabelText('协议即将到期'), '60');
    await waitFor(() =>
      expect(api.requests.filter((request) => request.operationName === 'RepairCenters').at(-1)?.variables['filter']).toEqual({ status: 'RECTIFYING', agreementExpiringWithinDays: 60 }),
    );
  });

  it('creates a center and shows the API field errors beside the fields', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      RepairCenters: centers,
      ...optionHandlers,
      CreateRepairCenter: graphQLError('BAD_USER_INPUT', 'Please correct: code, agreementNumber.', {
        code: '编码“FZ-01”已被维修中心“福州鼓楼特约维修中心”使用',
        agreementNumber: '合作协议编号已存在',
      }),
    });
    renderApp({ path: '/repair-centers', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '新建维修中心' }));
    const dialog = screen.getByRole('dialog', { name: '新建特约维修中心' });

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^编码/)).toHaveAccessibleDescription('必填');
    expect(api.requests.some((request) => request.operationName === 'CreateRepairCenter')).toBe(false);

    const type = (label: RegExp, text: string) => userEvent.type(within(dialog).getByLabelText(label), text);
    await type(/^编码/, 'FZ-01');
    await type(/^名称/, '福州台江特约维修中心');
    await selectOption(within(dialog).getByLabelText(/^地区/), 'r1');
    await type(/^地址/, '福州市台江区');
    await type(/^联系人/, '郑师傅');
    await type(/^电话/, '0591-88880002');
    await type(/^合作协议编号/, 'HT-2026-001');
    await type(/^有效期起/, '2026-01-01');
    await type(/^有效期止/, '2026-12-31');
    // The category by its name in the reader's language, not "MOTOR · 电动机" (issue #13).
    await userEvent.click(within(dialog).getByLabelText('电动机'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(within(dialog).getByLabelText(/^编码/)).toHaveAccessibleDescription('编码“FZ-01”已被维修中心“福州鼓楼特约维修中心”使用'));
    expect(within(dialog).getByLabelText(/^合作协议编号/)).toHaveAccessibleDescription('合作协议编号已存在');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct: code, agreementNumber.');
    expect(api.requests.find((request) => request.operationName === 'CreateRepairCenter')?.variables).toEqual({
      input: {
        code: 'FZ-01',
        name: '福州台江特约维修中心',
        regionId: 'r1',
        address: '福州市台江区',
        contactName: '郑师傅',
        phone: '0591-88880002',
        agreementNumber: 'HT-2026-001',
        agreementValidFrom: '2026-01-01',
        agreementValidTo: '2026-12-31',
        categoryIds: ['c1'],
        notes: null,
      },
    });
  });

  it('names the categories served in the reader’s language (issue #13)', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, RepairCenters: centers, ...optionHandlers });
    renderApp({ path: '/repair-centers', fetch: api.fetch, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'New repair center' }));
    const dialog = screen.getByRole('dialog', { name: 'New authorized repair center' });
    expect(await within(dialog).findByRole('checkbox', { name: 'Motor' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: /电动机|MOTOR/ })).not.toBeInTheDocument();
  });
});
