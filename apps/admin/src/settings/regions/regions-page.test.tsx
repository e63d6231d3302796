import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { selectOption } from '../../test/select-option';

const fuzhou = { __typename: 'Region', id: 'r1', code: 'FZ', name: '福州地区', zone: 'LOCAL', active: true, updatedAt: '2026-01-01T00:00:00Z' };
const xiamen = { __typename: 'Region', id: 'r2', code: 'XM', name: '厦门地区', zone: 'REMOTE', active: true, updatedAt: '2026-01-01T00:00:00Z' };

function regionsPage(nodes: unknown[], hasNextPage = false) {
  return { data: { regions: { __typename: 'RegionConnection', nodes, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null }, totalCount: nodes.length } } };
}

describe('regions page', () => {
  it('lists the regions with their zone and status', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, Regions: regionsPage([fuzhou, xiamen]) });
    renderApp({ path: '/settings/regions', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '地区' });
    expect(await within(table).findByText('福州地区')).toBeInTheDocument();
    const xiamenRow = within(table).getByText('厦门地区').closest('tr')!;
    expect(within(xiamenRow).getByText('外地')).toBeInTheDocument();
    expect(within(xiamenRow).getByText('启用')).toBeInTheDocument();
    expect(screen.getByText('共 2 条 · 第 1 页')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('shows required fields, then the API field errors beside the fields', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      Regions: regionsPage([fuzhou]),
      CreateRegion: graphQLError('BAD_USER_INPUT', 'Please correct: code.', { code: '编码“FZ”已被地区“福州地区”使用' }),
    });
    renderApp({ path: '/settings/regions', fetch: api.fetch });
    await screen.findByText('福州地区');

    await userEvent.click(screen.getByRole('button', { name: '新建地区' }));
    const dialog = screen.getByRole('dialog', { name: '新建地区' });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^编码/)).toHaveAccessibleDescription('必填');
    expect(api.requests.some((request) => request.operationName === 'CreateRegion')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText(/^编码/), 'FZ');
    await userEvent.type(within(dialog).getByLabelText(/^名称/), '福州');
    await selectOption(within(dialog).getByLabelText(/^区域类型/), 'LOCAL');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const code = within(dialog).getByLabelText(/^编码/);
    await waitFor(() => expect(code).toHaveAccessibleDescription('编码“FZ”已被地区“福州地区”使用'));
    expect(code).toBeInvalid();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct: code.');
    expect(api.requests.find((request) => request.operationName === 'CreateRegion')?.variables).toEqual({ input: { code: 'FZ', name: '福州', zone: 'LOCAL' } });
  });

  it('asks before Esc, × or Cancel throw typed input away; an untouched form closes at once (issue #13)', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, Regions: regionsPage([fuzhou]) });
    renderApp({ path: '/settings/regions', fetch: api.fetch });
    await screen.findByText('福州地区');

    await userEvent.click(screen.getByRole('button', { name: '新建地区' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: '新建地区' })).getByLabelText(/^编码/));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: '新建地区' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '新建地区' }));
    const dialog = screen.getByRole('dialog', { name: '新建地区' });
    await userEvent.type(within(dialog).getByLabelText(/^名称/), '泉州');
    for (const close of [() => userEvent.keyboard('{Escape}'), () => userEvent.click(within(dialog).getByRole('button', { name: '关闭' })), () => userEvent.click(within(dialog).getByRole('button', { name: '取消' }))]) {
      await close();
      const question = screen.getByRole('alertdialog', { name: '放弃未保存的修改？' });
      expect(question).toHaveTextContent('关闭后，刚才填写的内容不会保存。');
      await userEvent.click(within(question).getByText('继续编辑'));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(within(dialog).getByLabelText(/^名称/)).toHaveValue('泉州');
    }
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '放弃修改' }));
    expect(screen.queryByRole('dialog', { name: '新建地区' })).not.toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'CreateRegion')).toBe(false);
  });

  it('asks in English too', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, Regions: regionsPage([fuzhou]) });
    renderApp({ path: '/settings/regions', fetch: api.fetch, language: 'en' });
    await screen.findByText('福州地区');
    await userEvent.click(screen.getByRole('button', { name: 'New region' }));
    await userEvent.type(within(screen.getByRole('dialog', { name: 'New region' })).getByLabelText(/^Name/), 'Quanzhou');
    await userEvent.keyboard('{Escape}');
    const question = screen.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    expect(within(question).getByRole('button', { name: 'Discard changes' })).toBeInTheDocument();
    expect(within(question).getByText('Keep editing')).toBeInTheDocument();
  });

  it('saves a new region, closes the dialog and reloads the list', async () => {
    storeSession();
    let created = false;
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      Regions: () => regionsPage(created ? [fuzhou, xiamen] : [fuzhou]),
      CreateRegion: () => {
        created = true;
        return { data: { createRegion: xiamen } };
      },
    });
    renderApp({ path: '/settings/regions', fetch: api.fetch });
    await screen.findByText('福州地区');

    await userEvent.click(screen.getByRole('button', { name: '新建地区' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^编码/), 'XM');
    await userEvent.type(within(dialog).getByLabelText(/^名称/), '厦门地区');
    await selectOption(within(dialog).getByLabelText(/^区域类型/), 'REMOTE');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('厦门地区')).toBeInTheDocument();
  });

  it('pages forward with the end cursor and back again', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      Regions: ({ after }) => (after === 'cursor-1' ? regionsPage([xiamen]) : regionsPage([fuzhou], true)),
    });
    renderApp({ path: '/settings/regions', fetch: api.fetch });
    await screen.findByText('福州地区');

    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('厦门地区')).toBeInTheDocument();
    expect(screen.getByText(/第 2 页/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('福州地区')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
  });
});
