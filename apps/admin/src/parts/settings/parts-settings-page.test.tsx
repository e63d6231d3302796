import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { partsSettings } from '../testing/parts-fixtures';

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
const updates = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'UpdatePartsSettings');

describe('parts settings page', () => {
  it('lets the CS manager change the thresholds in yuan and the quote count, with the API field errors beside them', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      PartsSettings: partsSettings,
      UpdatePartsSettings: (variables) => {
        const input = variables['input'] as { localPurchaseQuoteCount: number };
        if (input.localPurchaseQuoteCount > 10) return graphQLError('BAD_USER_INPUT', 'The parts settings are not valid.', { localPurchaseQuoteCount: 'Enter a whole number of quotes from 1 to 10.' });
        return { data: { updatePartsSettings: { ...partsSettings.data.partsSettings, ...input } } };
      },
    });
    renderApp({ path: '/settings/parts-settings', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '配件参数' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '设置导航' })).getByRole('link', { name: '配件参数' })).toHaveAttribute('href', '/settings/parts-settings');
    await waitFor(() => expect(field('总监签字金额')).toHaveValue('5000.00'));
    expect(field('报废鉴定金额')).toHaveValue('200.00');
    expect(field('就地购置比价家数')).toHaveValue(3);

    await userEvent.clear(field('总监签字金额'));
    await userEvent.type(field('总监签字金额'), '8000.5x');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(field('总监签字金额')).toHaveAccessibleDescription('请输入金额，最多两位小数，例如 1234.50');
    expect(updates(api)).toHaveLength(0);

    await userEvent.clear(field('总监签字金额'));
    await userEvent.type(field('总监签字金额'), '8000.5');
    await userEvent.clear(field('就地购置比价家数'));
    await userEvent.type(field('就地购置比价家数'), '12');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(field('就地购置比价家数')).toHaveAccessibleDescription('Enter a whole number of quotes from 1 to 10.'));

    await userEvent.clear(field('就地购置比价家数'));
    await userEvent.type(field('就地购置比价家数'), '2');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(updates(api).at(-1)?.variables).toEqual({ input: { directorApprovalThreshold: '8000.5', scrapAppraisalThreshold: '200.00', localPurchaseQuoteCount: 2 } });
  });

  it('is not offered to an agent', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } } });
    renderApp({ path: '/settings/parts-settings', fetch: api.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
  });
});
