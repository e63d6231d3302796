import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { supervisorViewer } from '../../test/work-order-fixtures';

const settings = { data: { workOrderSettings: { __typename: 'WorkOrderSettings', arrivalHours: { __typename: 'ArrivalHours', URBAN: 6, SUBURBAN: 7 }, repeatRepairDays: 30, hourlyRate: '80.00' } } };
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

describe('work-order settings page', () => {
  it('lets the CS manager change the arrival hours, the repeat window and the hourly rate', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      WorkOrderSettings: settings,
      UpdateWorkOrderSettings: (variables) => {
        const input = variables['input'] as { repeatRepairDays: number };
        if (input.repeatRepairDays > 365) return graphQLError('BAD_USER_INPUT', 'Some settings are not valid.', { repeatRepairDays: 'Enter a whole number of days from 1 to 365.' });
        return { data: { updateWorkOrderSettings: { ...settings.data.workOrderSettings, ...input, arrivalHours: { __typename: 'ArrivalHours', URBAN: 5, SUBURBAN: 8 } } } };
      },
    });
    renderApp({ path: '/settings/work-order-settings', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '派工参数' })).toBeInTheDocument();
    await waitFor(() => expect(field('市区到达时限')).toHaveValue(6));
    expect(field('郊区到达时限')).toHaveValue(7);
    expect(field('工时单价')).toHaveValue('80.00');

    await userEvent.clear(field('市区到达时限'));
    await userEvent.type(field('市区到达时限'), '5');
    await userEvent.clear(field('郊区到达时限'));
    await userEvent.type(field('郊区到达时限'), '8');
    await userEvent.clear(field('工时单价'));
    await userEvent.type(field('工时单价'), '85.5x');
    await userEvent.clear(field('重复维修判定天数'));
    await userEvent.type(field('重复维修判定天数'), '400');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(field('工时单价')).toHaveAccessibleDescription('请输入金额，最多两位小数，例如 1234.50');
    expect(api.requests.some((request) => request.operationName === 'UpdateWorkOrderSettings')).toBe(false);

    await userEvent.clear(field('工时单价'));
    await userEvent.type(field('工时单价'), '85.5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(field('重复维修判定天数')).toHaveAccessibleDescription('Enter a whole number of days from 1 to 365.'));

    await userEvent.clear(field('重复维修判定天数'));
    await userEvent.type(field('重复维修判定天数'), '45');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'UpdateWorkOrderSettings').at(-1)?.variables).toEqual({
      input: { arrivalHours: { URBAN: 5, SUBURBAN: 8 }, repeatRepairDays: 45, hourlyRate: '85.5' },
    });
  });

  it('shows the settings read-only to a supervisor, and not at all to an agent', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: supervisorViewer } }, WorkOrderSettings: settings });
    const view = renderApp({ path: '/settings/work-order-settings', fetch: api.fetch });
    expect(await screen.findByText('仅客服部负责人与系统管理员可修改派工参数。')).toBeInTheDocument();
    expect(field('市区到达时限')).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    view.unmount();

    const agentApi = createMockApi({ Me: { data: { me: agentViewer } } });
    renderApp({ path: '/settings/work-order-settings', fetch: agentApi.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
  });
});
