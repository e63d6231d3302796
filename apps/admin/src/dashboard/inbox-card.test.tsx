import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { managerViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { connection, optionHandlers } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { emptyOptions, gradeDistribution, hrViewer, lateSubmissions, monthSummary, scoreConnection, supervisorViewer } from '../scores/score-fixtures';

const item = (kind: string, list: string, count: number, filter: Record<string, unknown>, period: string | null = null) => ({
  __typename: 'InboxItem',
  kind,
  list,
  count,
  period,
  filter: JSON.stringify(filter),
});

const managerInbox = [
  item('REQUISITIONS_TO_SIGN', 'PARTS_REQUISITIONS', 2, { waitingForMe: true, statuses: ['SUBMITTED'] }),
  item('LOCAL_PURCHASES_TO_DECIDE', 'LOCAL_PURCHASES', 0, { status: 'REQUESTED' }),
  item('OVERDUE_COMPLAINTS', 'COMPLAINTS', 3, { overdue: true }),
  item('UNANSWERED_COMPLAINTS', 'COMPLAINTS', 1, { status: 'RECEIVED' }),
];

/** The other cards of head office's dashboard, empty. */
const headOfficeCards = {
  CenterDashboard: { data: { dashboard: { expiringAgreements: [], notices: [] } } },
  OverdueComplaints: connection('complaints', []),
  ExpiringContracts: connection('maintenanceContracts', []),
};

const inboxList = () => screen.findByRole('list', { name: '待办' });

describe('the work inbox (待办)', () => {
  it('shows first what waits for the CS leader, each with its count and a link to the filtered list; nothing for what is done', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: managerViewer } }, MyInbox: { data: { myInbox: managerInbox } }, ...headOfficeCards });
    renderApp({ path: '/', fetch: api.fetch });

    const inbox = await inboxList();
    const links = within(inbox).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['待我签批的配件领用单2', '/parts/requisitions?waitingForMe=1&status=SUBMITTED'],
      ['逾期投诉3', '/complaints?overdue=1'],
      ['尚未响应的投诉1', '/complaints?status=RECEIVED'],
    ]);
    // The inbox comes before the areas.
    const areas = screen.getByRole('list', { name: '业务模块' });
    expect(inbox.compareDocumentPosition(areas) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens the requisition list with the same filter the count was taken with', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      MyInbox: { data: { myInbox: managerInbox } },
      ...headOfficeCards,
      ...optionHandlers,
      PartsRequisitions: connection('partsRequisitions', []),
    });
    renderApp({ path: '/', fetch: api.fetch });

    await userEvent.click(within(await inboxList()).getByRole('link', { name: /待我签批的配件领用单/ }));
    await waitFor(() => expect(api.requests.some((request) => request.operationName === 'PartsRequisitions')).toBe(true));
    const listed = api.requests.find((request) => request.operationName === 'PartsRequisitions')!;
    expect(listed.variables.filter).toEqual({ waitingForMe: true, statuses: ['SUBMITTED'] });
    expect(screen.getByRole('checkbox', { name: '待我处理' })).toBeChecked();
  });

  it('sends a supervisor to the month’s technicians not yet scored (待评分)', async () => {
    storeSession();
    const inbox = [
      item('SCORES_TO_ENTER', 'TECHNICIAN_SCORES', 4, { supervisorScoresEntered: false }, '2026-11'),
      item('LATE_SCORE_SUBMISSIONS', 'TECHNICIAN_SCORES', 0, { late: true }, '2026-11'),
      item('CALLS_TO_DISPATCH', 'WORK_ORDERS', 0, { statuses: ['CALLED'] }),
    ];
    const api = createMockApi({
      Me: { data: { me: supervisorViewer } },
      MyInbox: { data: { myInbox: inbox } },
      ...headOfficeCards,
      ...emptyOptions,
      TechnicianScores: scoreConnection([]),
      ScoreMonthSummary: ({ period }) => monthSummary(String(period)),
      ScoreGradeDistribution: gradeDistribution,
      LateScoreSubmissions: lateSubmissions,
    });
    renderApp({ path: '/', fetch: api.fetch });

    const link = within(await inboxList()).getByRole('link', { name: /2026-11 待评分的技术员/ });
    expect(link).toHaveAttribute('href', '/scores?month=2026-11&pending=1');
    await userEvent.click(link);
    await waitFor(() => expect(api.requests.some((request) => request.operationName === 'TechnicianScores')).toBe(true));
    const listed = api.requests.find((request) => request.operationName === 'TechnicianScores')!;
    expect(listed.variables).toMatchObject({ period: '2026-11', filter: { supervisorScoresEntered: false } });
    expect(screen.getByRole('checkbox', { name: '待评分' })).toBeChecked();
  });

  it('says so when nothing waits', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: hrViewer } }, MyInbox: { data: { myInbox: [] } }, ...headOfficeCards });
    renderApp({ path: '/', fetch: api.fetch });

    expect(await screen.findByText('目前没有等您处理的事项。')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '待办' })).not.toBeInTheDocument();
  });
});
