import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { managerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const settings = { data: { repairCenterSettings: { assessmentPassMark: 60, rectificationDays: 30, agreementExpiryWarningDays: 30 } } };

describe('repair center settings', () => {
  it('lets the CS manager change the rules and shows the API field errors', async () => {
    storeSession();
    let attempt = 0;
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      RepairCenterSettings: settings,
      UpdateRepairCenterSettings: ({ input }) => {
        attempt += 1;
        return attempt === 1
          ? graphQLError('BAD_USER_INPUT', 'Please correct: rectificationDays.', { rectificationDays: '请输入 1–365 的整数天数' })
          : { data: { updateRepairCenterSettings: input } };
      },
    });
    renderApp({ path: '/settings', fetch: api.fetch });

    const settingsNavigation = await screen.findByRole('navigation', { name: '设置导航' });
    expect(within(settingsNavigation).getAllByRole('link').map((link) => link.textContent)).toEqual(['维修中心参数', '投诉参数', '派工参数', '技术员考核参数', '配件参数', '保养合同参数']);
    const passMark = await screen.findByLabelText(/^考核合格分/);
    expect(passMark).toHaveValue(60);
    expect(passMark).toHaveAccessibleDescription('三项须分别达到此分数；默认 60');

    await userEvent.clear(passMark);
    await userEvent.type(passMark, '70');
    await userEvent.clear(screen.getByLabelText(/^限期整改天数/));
    await userEvent.type(screen.getByLabelText(/^限期整改天数/), '400');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByLabelText(/^限期整改天数/)).toHaveAccessibleDescription('请输入 1–365 的整数天数'));

    await userEvent.clear(screen.getByLabelText(/^限期整改天数/));
    await userEvent.type(screen.getByLabelText(/^限期整改天数/), '45');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'UpdateRepairCenterSettings').at(-1)?.variables).toEqual({
      input: { assessmentPassMark: 70, rectificationDays: 45, agreementExpiryWarningDays: 30 },
    });
  });
});
