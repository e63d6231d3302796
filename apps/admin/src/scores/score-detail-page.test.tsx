import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { directorViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError, type MockHandler, type MockResponse } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { hrViewer, scoreDetail, scoreRubric, scoreTrend, supervisorViewer } from './score-fixtures';

const CONFLICT_MESSAGE = 'This score was changed by someone else; reload it and try again.';
const changed = (name: string, status: string, version: number) => ({ data: { [name]: { __typename: 'TechnicianScore', id: 'ts-2', version, status } } });
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

/** Each body row's cells as text. */
function bodyText(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

function detailApi(viewer: unknown, handlers: Record<string, MockHandler | MockResponse> = {}, allowedActions: string[] = []) {
  return createMockApi({
    Me: { data: { me: viewer } },
    TechnicianScore: scoreDetail({ allowedActions }),
    ScoreRubric: scoreRubric,
    TechnicianScoreTrend: scoreTrend,
    ...handlers,
  });
}

describe('score detail page', () => {
  it('shows every item out of its maximum and the records behind the points, linked, with the no-data rule', async () => {
    storeSession();
    const api = detailApi(directorViewer);
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'JS-002 陈师傅 · 2026-05 考核' })).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: '考核概况' });
    for (const text of ['总部', '草稿', 'C', '部分无数据']) expect(within(summary).getByText(text)).toBeInTheDocument();

    await waitFor(() => expect(bodyText(screen.getByRole('table', { name: '考核项目' }))[0]).toEqual(['D1 工作态度', '积极性', '15', '12']));
    const items = bodyText(screen.getByRole('table', { name: '考核项目' }));
    expect(items.map((row) => row[1])).toEqual(['积极性', '协调性', '忠诚度', '计划能力', '执行能力', '工作品质', '客户意见调查', '准时到达率', '一次修复率']);
    expect(items[6]).toEqual(['D3 服务绩效', '客户意见调查', '20', '16.67']);
    expect(items[7]).toEqual(['D3 服务绩效', '准时到达率', '10', '无记录']);
    const figures = screen.getByLabelText('考核概况', { selector: 'dl' });
    expect(within(figures).getByText('无记录项目折算计入').closest('div')).toHaveTextContent('8.33');
    expect(within(figures).getByText('投诉扣分').closest('div')).toHaveTextContent('-15');
    expect(within(figures).getByText('工资发放比例').closest('div')).toHaveTextContent('0.90');

    const rule = screen.getByText('无数据规则').closest<HTMLElement>('.ui-alert')!;
    expect(rule).toHaveTextContent('不计入该项，其余得分按比例折算到 100 分');
    expect(rule).toHaveTextContent('无记录的项目：准时到达率 折算计入 8.33 分。');

    const surveys = screen.getByRole('table', { name: '客户意见调查' });
    expect(within(surveys).getByRole('link', { name: 'PG-2026-000101' })).toHaveAttribute('href', '/work-orders/wo-1');
    expect(bodyText(surveys)[0]?.slice(2)).toEqual(['4 / 3 / 4 / —', '3.67']);
    const late = screen.getByRole('table', { name: '迟到记录' });
    expect(within(late).getByRole('link', { name: 'PG-2026-000102' })).toHaveAttribute('href', '/work-orders/wo-2');
    expect(bodyText(late)[0]?.[3]).toBe('95');
    const repairs = screen.getByRole('table', { name: '非一次修复' });
    expect(within(repairs).getByRole('link', { name: 'PG-2026-000103' })).toHaveAttribute('href', '/work-orders/wo-3');
    expect(bodyText(repairs)[0]?.slice(2)).toEqual(['重复维修', 'PG-2026-000120']);
    const complaints = screen.getByRole('table', { name: '经核实的客户投诉' });
    expect(within(complaints).getByRole('link', { name: 'TS-2026-000009' })).toHaveAttribute('href', '/complaints/cp-9');
    expect(screen.getByText('没有调整记录。')).toBeInTheDocument();

    // The twelve months, as a chart named with its figures and as a table.
    expect(await screen.findByRole('img', { name: '近 12 个月总分折线图：2026-03 无考核；2026-04 92.5 分（A）；2026-05 60 分（C）' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: '近 12 个月趋势' })).map((row) => row.slice(0, 3))).toEqual([
      ['2026-03', '—', '—'],
      ['2026-04', '92.5', 'A'],
      ['2026-05', '60', 'C'],
    ]);
    expect(requestsOf(api, 'TechnicianScoreTrend')[0]?.variables).toEqual({ technicianId: 't-2', months: 12 });

    // A director reads; only the supervisor and HR act.
    for (const action of ['录入 D1/D2', '提交', '退回', '调整']) expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
  });

  it('leaves out the no-data rule when every item was measured', async () => {
    storeSession();
    const api = detailApi(directorViewer, { TechnicianScore: scoreDetail({ performanceStatus: 'MEASURED', creditedPoints: 0, explanation: { ...scoreDetail().data.technicianScore.explanation, missingItems: [] } }) });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });
    expect(await screen.findByRole('table', { name: '客户意见调查' })).toBeInTheDocument();
    expect(screen.queryByText('无数据规则')).not.toBeInTheDocument();
  });

  it('shows 待评分 for the total, grade and pay ratio until the supervisor scores D1 and D2', async () => {
    storeSession();
    const api = detailApi(directorViewer, {
      TechnicianScore: scoreDetail({ initiative: 0, coordination: 0, loyalty: 0, planning: 0, execution: 0, workQuality: 0, attitude: 0, ability: 0, total: 0, currentTotal: 0, supervisorScoresEntered: false }),
      TechnicianScoreTrend: {
        data: {
          technicianScoreTrend: [
            { period: '2026-04', total: 92.5, grade: 'A', status: 'PUBLISHED', supervisorScoresEntered: true },
            { period: '2026-05', total: 0, grade: 'C', status: 'DRAFT', supervisorScoresEntered: false },
          ],
        },
      },
    });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    const summary = await screen.findByRole('group', { name: '考核概况' });
    expect(within(summary).getByText('待评分')).toBeInTheDocument();
    expect(within(summary).queryByText('C')).not.toBeInTheDocument();
    const figures = screen.getByLabelText('考核概况', { selector: 'dl' });
    for (const label of ['总分', '等级', '工资发放比例']) expect(within(figures).getByText(label).closest('div')).toHaveTextContent(/^[^0-9]*待评分$/);
    expect(figures).not.toHaveTextContent('0.90');

    // The trend does not draw the unscored month as a drop to 0.
    expect(await screen.findByRole('img', { name: '近 12 个月总分折线图：2026-04 92.5 分（A）；2026-05 待评分' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: '近 12 个月趋势' })).map((row) => row.slice(0, 3))).toEqual([
      ['2026-04', '92.5', 'A'],
      ['2026-05', '待评分', '待评分'],
    ]);
  });

  it('lets the supervisor enter D1 and D2 on a draft, showing the limits and the API field errors', async () => {
    storeSession();
    const api = detailApi(supervisorViewer, {
      EnterSupervisorScores: ({ input }) =>
        requestsOf(api, 'EnterSupervisorScores').length === 1
          ? graphQLError('BAD_USER_INPUT', 'The supervisor scores are not valid; correct the fields listed.', { loyalty: 'Enter points from 0 to 15, with at most 2 decimals.' })
          : changed('enterSupervisorScores', 'DRAFT', (input as { version: number }).version + 1),
      // A draft whose D1/D2 were entered once: entered again, or submitted.
      TechnicianScore: scoreDetail({ supervisorEnteredAt: '2026-06-02T01:00:00.000Z', supervisorEnteredByName: '吴主管', allowedActions: ['ENTER_SUPERVISOR_SCORES', 'SUBMIT'] }),
    });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    expect(await screen.findByRole('button', { name: '提交' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '退回' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '调整' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '录入 D1/D2' }));
    const dialog = screen.getByRole('dialog', { name: '录入 D1、D2：JS-002 陈师傅 2026-05' });
    const initiative = within(dialog).getByLabelText(/^积极性/);
    expect(initiative).toHaveValue(12);
    expect(initiative).toHaveAccessibleDescription('满分 15 分，最多两位小数');

    await userEvent.clear(initiative);
    await userEvent.type(initiative, '16');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(initiative).toHaveAccessibleDescription('请输入 0–15 之间、最多两位小数的分数');
    expect(requestsOf(api, 'EnterSupervisorScores')).toHaveLength(0);

    await userEvent.clear(initiative);
    await userEvent.type(initiative, '14.5');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('The supervisor scores are not valid; correct the fields listed.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^忠诚度/)).toHaveAccessibleDescription('Enter points from 0 to 15, with at most 2 decimals.');
    expect(requestsOf(api, 'EnterSupervisorScores')[0]?.variables).toEqual({
      input: { id: 'ts-2', version: 2, initiative: 14.5, coordination: 8, loyalty: 10, planning: 4, execution: 5, workQuality: 6 },
    });

    const loadsBefore = requestsOf(api, 'TechnicianScore').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(requestsOf(api, 'TechnicianScore').length).toBeGreaterThan(loadsBefore));
  });

  it('lets the supervisor submit one draft after confirming', async () => {
    storeSession();
    const api = detailApi(supervisorViewer, {
      TechnicianScore: scoreDetail({ supervisorEnteredAt: '2026-06-02T01:00:00.000Z', supervisorEnteredByName: '吴主管', allowedActions: ['ENTER_SUPERVISOR_SCORES', 'SUBMIT'] }),
      SubmitTechnicianScores: { data: { submitTechnicianScores: 1 } },
    });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '提交' }));
    const dialog = screen.getByRole('alertdialog', { name: '提交：JS-002 陈师傅 2026-05' });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'SubmitTechnicianScores')[0]?.variables).toEqual({ input: { period: '2026-05', ids: ['ts-2'] } });
  });

  it('lets HR send a submitted score back with a reason, and offers a reload on CONFLICT', async () => {
    storeSession();
    let version = 3;
    const api = detailApi(hrViewer, {
      TechnicianScore: () => scoreDetail({ status: 'SUBMITTED', version, submittedAt: '2026-06-05T02:00:00.000Z', submittedByName: '吴主管', allowedActions: ['RETURN'] }),
      ReturnTechnicianScore: ({ input }) =>
        (input as { version: number }).version === 3 ? graphQLError('CONFLICT', CONFLICT_MESSAGE) : changed('returnTechnicianScore', 'DRAFT', 5),
    });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '退回' }));
    expect(screen.queryByRole('button', { name: '录入 D1/D2' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '调整' })).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: '退回：JS-002 陈师傅 2026-05' });
    await userEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    expect(within(dialog).getByLabelText(/^退回原因/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'ReturnTechnicianScore')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^退回原因/), '忠诚度评分缺少依据');
    // Meanwhile someone else changed the score: the API has version 4 from now on.
    version = 4;
    await userEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('考核记录已被他人修改');
    expect(alert).toHaveTextContent(CONFLICT_MESSAGE);
    expect(requestsOf(api, 'ReturnTechnicianScore')[0]?.variables).toEqual({ input: { id: 'ts-2', version: 3, reason: '忠诚度评分缺少依据' } });

    const loadsBefore = requestsOf(api, 'TechnicianScore').length;
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(requestsOf(api, 'TechnicianScore').length).toBeGreaterThan(loadsBefore));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    await userEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'ReturnTechnicianScore').at(-1)?.variables).toEqual({ input: { id: 'ts-2', version: 4, reason: '忠诚度评分缺少依据' } });
  });

  it('lets HR adjust a published score and lists the adjustments', async () => {
    storeSession();
    const adjustment = { id: 'adj-1', delta: 3, reason: '投诉经复核不成立', totalAfter: 63, gradeAfter: 'C', adjustedByName: '孙人事', createdAt: '2026-06-20T02:00:00.000Z' };
    const api = detailApi(hrViewer, {
      TechnicianScore: scoreDetail({ status: 'PUBLISHED', version: 6, currentTotal: 63, adjustments: [adjustment], allowedActions: ['ADJUST'] }),
      AdjustTechnicianScore: changed('adjustTechnicianScore', 'PUBLISHED', 7),
    });
    renderApp({ path: '/scores/ts-2', fetch: api.fetch });

    const adjustments = await screen.findByRole('table', { name: '调整记录' });
    expect(bodyText(adjustments)[0]?.slice(1)).toEqual(['+3', '投诉经复核不成立', '63', 'C', '孙人事']);
    expect(within(screen.getByLabelText('考核概况', { selector: 'dl' })).getByText('调整后总分').closest('div')).toHaveTextContent('63');
    expect(screen.queryByRole('button', { name: '退回' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '调整' }));
    const dialog = screen.getByRole('dialog', { name: '调整：JS-002 陈师傅 2026-05' });
    expect(within(dialog).getByLabelText(/^调整分数/)).toHaveAccessibleDescription('正数加分，负数减分，最多两位小数；当前总分 63');
    await userEvent.type(within(dialog).getByLabelText(/^调整分数/), '0');
    await userEvent.click(within(dialog).getByRole('button', { name: '调整' }));
    expect(within(dialog).getByLabelText(/^调整分数/)).toHaveAccessibleDescription('请输入不为 0 的分数，最多两位小数，例如 -5 或 2.5');
    expect(within(dialog).getByLabelText(/^调整原因/)).toHaveAccessibleDescription('必填');

    await userEvent.clear(within(dialog).getByLabelText(/^调整分数/));
    await userEvent.type(within(dialog).getByLabelText(/^调整分数/), '-2.5');
    await userEvent.type(within(dialog).getByLabelText(/^调整原因/), '迟到记录补录');
    await userEvent.click(within(dialog).getByRole('button', { name: '调整' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'AdjustTechnicianScore')[0]?.variables).toEqual({ input: { id: 'ts-2', version: 6, delta: -2.5, reason: '迟到记录补录' } });
  });
});
