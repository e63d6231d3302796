import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const calendar = { timeZone: 'Asia/Shanghai', workingWeekdays: [1, 2, 3, 4, 5], workingPeriods: [{ start: '08:30', end: '12:00' }] };

describe('working hours', () => {
  it('saves the edited hours, trimmed, and shows the API field errors beside the fields', async () => {
    storeSession();
    let attempt = 0;
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      WorkingHours: { data: { businessCalendar: calendar } },
      CalendarDays: { data: { businessCalendar: { days: [] } } },
      UpdateBusinessCalendar: ({ input }) => {
        attempt += 1;
        return attempt === 1
          ? graphQLError('BAD_USER_INPUT', 'Please correct: workingPeriods.0.end.', { 'workingPeriods.0.end': '结束须晚于开始' })
          : { data: { updateBusinessCalendar: input } };
      },
    });
    renderApp({ path: '/settings/calendar', fetch: api.fetch });

    const form = await screen.findByRole('form', { name: '工作时间' });
    const timeZone = within(form).getByLabelText(/^时区/);
    expect(timeZone).toHaveValue('Asia/Shanghai');
    await userEvent.click(within(form).getByRole('checkbox', { name: '周六' }));
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('结束须晚于开始')).toBeInTheDocument();
    expect(within(form).queryByText('已保存')).not.toBeInTheDocument();

    await userEvent.clear(timeZone);
    await userEvent.type(timeZone, ' Asia/Urumqi ');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('已保存')).toBeInTheDocument();
    expect(within(form).queryByText('结束须晚于开始')).not.toBeInTheDocument();
    expect(api.requests.filter((request) => request.operationName === 'UpdateBusinessCalendar').at(-1)?.variables).toEqual({
      input: { timeZone: 'Asia/Urumqi', workingWeekdays: [1, 2, 3, 4, 5, 6], workingPeriods: [{ start: '08:30', end: '12:00' }] },
    });
  });
});
