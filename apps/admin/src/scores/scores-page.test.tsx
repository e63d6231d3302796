import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previousMonth } from '../common/format';
import { partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi, type MockHandler, type MockResponse } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import {
  emptyOptions,
  gradeDistribution,
  hrViewer,
  lateSubmissions,
  monthSummary,
  noDataScore,
  pendingScore,
  publishedScore,
  scoreConnection,
  supervisorViewer,
} from './score-fixtures';
import { selectOption } from '../test/select-option';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

/** Each body row's cells as text. */
function bodyText(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

function monthApi(viewer: unknown, more: Record<string, MockHandler | MockResponse> = {}, rest = {}) {
  return createMockApi(
    {
      Me: { data: { me: viewer } },
      ...emptyOptions,
      TechnicianScores: scoreConnection([publishedScore, noDataScore], { hasNextPage: true, endCursor: 'cursor-50', totalCount: 120 }),
      ScoreMonthSummary: ({ period }) => monthSummary(String(period)),
      ScoreGradeDistribution: gradeDistribution,
      LateScoreSubmissions: lateSubmissions,
      ...more,
    },
    rest,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('technician scores page', () => {
  it('sends the month, filter, order and page to the API and shows each row with its grade, markers and status', async () => {
    storeSession();
    const api = monthApi(hrViewer);
    renderApp({ path: '/scores?month=2026-05', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '技术员月度考核' });
    await waitFor(() => expect(bodyText(table)).toHaveLength(2));
    expect(requestsOf(api, 'TechnicianScores')[0]?.variables).toEqual({ period: '2026-05', orderBy: 'TOTAL_DESC', filter: {}, first: 50, after: null });

    const [adjusted, noData] = bodyText(table);
    expect(adjusted).toEqual(['JS-001林师傅', 'FZ-01 福州鼓楼特约维修中心', '36', '18', '34', '0', '91调整前 88', 'A', '1.10', '已发布逾期提交']);
    expect(noData).toEqual(['JS-002陈师傅', '总部', '30', '15', '30无数据', '-15', '60', 'C', '0.90', '草稿']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('A')).toHaveClass('ui-badge--success');
    expect(within(rows[1]!).getByText('C')).toHaveClass('ui-badge--danger');
    expect(within(rows[0]!).getByRole('link', { name: 'JS-001' })).toHaveAttribute('href', '/scores/ts-1');

    await selectOption(screen.getByLabelText('维修中心'), '总部');
    await selectOption(screen.getByLabelText('等级'), 'C');
    await selectOption(screen.getByLabelText('状态'), 'DRAFT');
    await selectOption(screen.getByLabelText('排序'), '按维修中心');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索技术员编号或姓名' }), '陈{Enter}');
    await waitFor(() =>
      expect(requestsOf(api, 'TechnicianScores').at(-1)?.variables).toEqual({
        period: '2026-05',
        orderBy: 'CENTER',
        filter: { headOffice: true, grade: 'C', status: 'DRAFT', search: '陈' },
        first: 50,
        after: null,
      }),
    );
    // The grades are counted under the same filter as the table.
    await waitFor(() => expect(requestsOf(api, 'ScoreGradeDistribution').at(-1)?.variables).toEqual({ period: '2026-05', filter: { headOffice: true, grade: 'C', status: 'DRAFT', search: '陈' } }));

    await selectOption(screen.getByLabelText('维修中心'), 'FZ-01 · 福州鼓楼特约维修中心');
    // Paging waits while the filtered first page loads.
    await waitFor(() => expect(screen.getByRole('button', { name: '下一页' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(requestsOf(api, 'TechnicianScores').at(-1)?.variables).toMatchObject({ filter: { repairCenterId: 'rc-1' }, after: 'cursor-50' }));
    expect(screen.getByText('共 120 条 · 第 2 页')).toBeInTheDocument();
  });

  it('opens on last month and shows its progress, grade distribution and late submissions', async () => {
    storeSession();
    const month = previousMonth();
    const api = monthApi(hrViewer);
    renderApp({ path: '/scores', fetch: api.fetch });

    const summary = (await screen.findByRole('heading', { name: `${month} 考核进度` })).closest<HTMLElement>('.ui-card')!;
    expect(requestsOf(api, 'TechnicianScores')[0]?.variables['period']).toBe(month);
    expect(screen.getByLabelText('考核月份')).toHaveValue(month);
    for (const [label, value] of [['提交截止日', '2026-06-08'], ['草稿', '20'], ['已提交', '37'], ['已发布', '63'], ['逾期提交', '4']]) {
      expect(within(summary).getByText(label!).closest('div')).toHaveTextContent(value!);
    }

    expect(await screen.findByRole('img', { name: '等级分布柱状图：A 等 30 人；B 等 60 人；C 等 30 人' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: `${month} 等级分布` }))).toEqual([
      ['A', '30', '25%'],
      ['B', '60', '50%'],
      ['C', '30', '25%'],
    ]);

    const late = bodyText(screen.getByRole('table', { name: `${month} 逾期提交` }));
    expect(late.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['JS-001 林师傅', '已发布', '2026-06-08'],
      ['JS-002 陈师傅', '草稿', '2026-06-08'],
    ]);
    expect(late[1]?.[4]).toBe('尚未提交');
  });

  it('shows 待评分, not 0 / C / 0.90, for a draft the supervisor has not scored, and leaves it out of the grade chart', async () => {
    storeSession();
    const api = monthApi(hrViewer, {
      TechnicianScores: scoreConnection([publishedScore, pendingScore]),
      ScoreGradeDistribution: { data: { scoreGradeDistribution: [{ grade: 'A', count: 1 }, { grade: 'B', count: 0 }, { grade: 'C', count: 0 }], scorePendingSupervisorCount: 1 } },
    });
    renderApp({ path: '/scores?month=2026-05', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '技术员月度考核' });
    await waitFor(() => expect(bodyText(table)).toHaveLength(2));
    const pending = bodyText(table)[1]!;
    expect(pending.slice(6, 9)).toEqual(['待评分', '待评分', '待评分']);
    expect(within(within(table).getAllByRole('row')[2]!).queryByText('C')).not.toBeInTheDocument();

    expect(await screen.findByRole('img', { name: '等级分布柱状图：A 等 1 人；B 等 0 人；C 等 0 人' })).toBeInTheDocument();
    expect(bodyText(screen.getByRole('table', { name: '2026-05 等级分布' }))[0]).toEqual(['A', '1', '100%']);
    expect(screen.getByText('另有 1 人待评分，未计入分布。')).toBeInTheDocument();
  });

  it('lets HR publish after confirming how many submitted scores go out, and export the filtered table', async () => {
    storeSession('tok-hr');
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:scores');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const file = () => new Response(new Blob(['file']), { status: 200 });
    const api = monthApi(
      hrViewer,
      { PublishMonthlyScores: { data: { publishMonthlyScores: 37 } } },
      { '/exports/technician-scores.xlsx': file, '/exports/technician-scores.csv': file },
    );
    renderApp({ path: '/scores?month=2026-05', fetch: api.fetch });

    await screen.findByRole('heading', { name: '2026-05 考核进度' });
    expect(screen.queryByRole('button', { name: '计算本月' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '发布' }));
    const dialog = screen.getByRole('alertdialog', { name: '发布 2026-05 考核' });
    expect(dialog).toHaveTextContent('将发布 2026-05 的 37 条已提交考核');
    expect(requestsOf(api, 'PublishMonthlyScores')).toHaveLength(0);
    const summaryLoads = requestsOf(api, 'ScoreMonthSummary').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '确认发布' }));
    expect(await screen.findByText('已发布 37 条。')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(requestsOf(api, 'PublishMonthlyScores')[0]?.variables).toEqual({ period: '2026-05' });
    // The month's figures reload after the change.
    await waitFor(() => expect(requestsOf(api, 'ScoreMonthSummary').length).toBeGreaterThan(summaryLoads));

    await selectOption(screen.getByLabelText('等级'), 'A');
    await userEvent.click(screen.getByRole('button', { name: '导出 XLSX' }));
    await waitFor(() => expect(saved).toEqual(['技术员考核-2026-05.xlsx']));
    expect(requestsOf(api, 'GET /exports/technician-scores.xlsx')[0]).toEqual({
      operationName: 'GET /exports/technician-scores.xlsx',
      variables: { period: '2026-05', grade: 'A' },
      authorization: 'Bearer tok-hr',
      language: 'zh-CN',
    });
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await waitFor(() => expect(saved).toEqual(['技术员考核-2026-05.xlsx', '技术员考核-2026-05.csv']));
    expect(requestsOf(api, 'GET /exports/technician-scores.csv')[0]?.variables).toEqual({ period: '2026-05', grade: 'A' });
  });

  it('lets the supervisor compute and submit the month, but not publish', async () => {
    storeSession();
    let answerSummary = () => {};
    const summaryHeld = new Promise<void>((resolve) => (answerSummary = resolve));
    const api = monthApi(supervisorViewer, {
      ScoreMonthSummary: ({ period }) => summaryHeld.then(() => monthSummary(String(period))),
      ComputeMonthlyScores: { data: { computeMonthlyScores: { period: '2026-05', computed: 83, unchanged: 37, noData: 5 } } },
      SubmitTechnicianScores: { data: { submitTechnicianScores: 18 } },
    });
    renderApp({ path: '/scores?month=2026-05', fetch: api.fetch });

    // Submitting confirms the month's draft count, so it waits for the month's progress.
    expect(await screen.findByRole('button', { name: '提交' })).toBeDisabled();
    answerSummary();
    await waitFor(() => expect(screen.getByRole('button', { name: '提交' })).toBeEnabled());

    await userEvent.click(await screen.findByRole('button', { name: '计算本月' }));
    expect(await screen.findByText('2026-05 已计算 83 条草稿（其中 5 条当月无派工记录）；37 条已提交或已发布，未改动。')).toBeInTheDocument();
    expect(requestsOf(api, 'ComputeMonthlyScores')[0]?.variables).toEqual({ period: '2026-05' });
    expect(screen.queryByRole('button', { name: '发布' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    const dialog = screen.getByRole('alertdialog', { name: '提交 2026-05 考核' });
    expect(dialog).toHaveTextContent('本月草稿共 20 条');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    expect(await screen.findByText('已提交 18 条。')).toBeInTheDocument();
    expect(requestsOf(api, 'SubmitTechnicianScores')[0]?.variables).toEqual({ input: { period: '2026-05' } });
  });

  it('shows a partner only the table of its published scores, without actions or head-office figures', async () => {
    storeSession();
    const api = monthApi(partnerViewer, { TechnicianScores: scoreConnection([publishedScore]) });
    renderApp({ path: '/scores?month=2026-05', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '技术员月度考核' });
    await waitFor(() => expect(bodyText(table)).toHaveLength(1));
    expect(screen.getByText('本中心技术员已发布的月度考核结果。')).toBeInTheDocument();
    for (const action of ['计算本月', '提交', '发布', '导出 XLSX', '导出 CSV']) expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('维修中心')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('状态')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '2026-05 考核进度' })).not.toBeInTheDocument();
    expect(requestsOf(api, 'ScoreGradeDistribution')).toHaveLength(0);
  });

  it('points a partner from a month HR has not published yet to the latest published month', async () => {
    storeSession();
    const api = monthApi(partnerViewer, {
      TechnicianScores: ({ period }) => scoreConnection(period === '2026-09' ? [publishedScore] : []),
      ScoreMonthSummary: ({ period }) => monthSummary(String(period), { published: period === '2026-09' ? 1 : 0, latestPublishedPeriod: '2026-09' }),
    });
    renderApp({ path: '/scores?month=2026-10', fetch: api.fetch });

    const notice = await screen.findByText(/2026-10 的考核结果尚未由人力资源部发布；最近已发布的是 2026-09。/);
    await userEvent.click(within(notice.closest('.ui-alert') as HTMLElement).getByRole('button', { name: '查看 2026-09' }));
    const table = await screen.findByRole('table', { name: '技术员月度考核' });
    await waitFor(() => expect(bodyText(table)).toHaveLength(1));
    expect(screen.getByLabelText('考核月份')).toHaveValue('2026-09');
    expect(screen.queryByText(/尚未由人力资源部发布/)).not.toBeInTheDocument();
  });
});
