import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const survey = { data: { publicSurvey: { __typename: 'PublicSurvey', workOrderCode: 'PG-2026-000009', completedAt: '2026-05-19T06:00:00.000Z', technicianName: '林师傅', modelName: 'Y2 系列三相异步电动机', alreadyAnswered: false } } };
const usedLink = graphQLError('NOT_FOUND', 'This survey link is not valid: it may have expired or been used already. Please ask customer service for a new one.');

describe('public survey page', () => {
  it('lets a visitor without a session answer once and thanks them', async () => {
    const api = createMockApi({ PublicSurvey: survey, SubmitPublicSurvey: { data: { submitPublicSurvey: true } } });
    const { router } = renderApp({ path: '/survey/tok-123', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '客户意见调查' })).toBeInTheDocument();
    expect(await screen.findByText('PG-2026-000009')).toBeInTheDocument();
    expect(screen.getByText('林师傅')).toBeInTheDocument();
    // Outside the staff layout, and never sent to the sign-in page.
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survey/tok-123');

    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getByText('请至少评价一项。')).toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'SubmitPublicSurvey')).toBe(false);

    for (const [item, level] of [['态度', '4 非常满意'], ['技术', '4 非常满意'], ['到达时间', '3 满意'], ['答应事情的办理', '1 不满意']] as const) {
      await userEvent.click(within(screen.getByRole('radiogroup', { name: item })).getByLabelText(level));
    }
    // A choice can be taken back.
    await userEvent.click(within(screen.getByRole('radiogroup', { name: '答应事情的办理' })).getByLabelText('未回答'));
    await userEvent.type(screen.getByLabelText(/^投诉内容/), '上门前没有电话联系');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('感谢您的评价')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();

    expect(api.requests.find((request) => request.operationName === 'SubmitPublicSurvey')?.variables).toEqual({
      input: { token: 'tok-123', answers: { attitude: 4, skill: 4, arrivalTime: 3, promisesHandled: null }, comments: null, customerComplaint: '上门前没有电话联系' },
    });
    expect(api.requests.map((request) => request.operationName)).toEqual(['PublicSurvey', 'SubmitPublicSurvey']);
    expect(api.requests.every((request) => request.authorization === null)).toBe(true);
  });

  it('says plainly that an unknown, expired or used link cannot be used', async () => {
    const api = createMockApi({ PublicSurvey: usedLink });
    renderApp({ path: '/survey/tok-old', fetch: api.fetch });
    expect(await screen.findByText('此调查链接无法使用')).toBeInTheDocument();
    expect(screen.getByText('链接无效、已过期或已经填写过。如需帮助，请致电我们的客服热线。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();
  });

  it('says so too when customer service already recorded the answers by phone, or the link is used meanwhile', async () => {
    const answered = createMockApi({ PublicSurvey: { data: { publicSurvey: { ...survey.data.publicSurvey, alreadyAnswered: true } } } });
    const first = renderApp({ path: '/survey/tok-123', fetch: answered.fetch });
    expect(await screen.findByText('此调查链接无法使用')).toBeInTheDocument();
    first.unmount();

    const usedMeanwhile = createMockApi({ PublicSurvey: survey, SubmitPublicSurvey: usedLink });
    renderApp({ path: '/survey/tok-123', fetch: usedMeanwhile.fetch });
    await userEvent.click(within(await screen.findByRole('radiogroup', { name: '态度' })).getByLabelText('3 满意'));
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('此调查链接无法使用')).toBeInTheDocument();
  });

  it('never sends a staff session left in this browser, so a stale one cannot block the customer', async () => {
    storeSession('stale-token');
    const api = createMockApi({ Me: graphQLError('UNAUTHENTICATED', 'Your session has expired.'), PublicSurvey: survey });
    const { router } = renderApp({ path: '/survey/tok-123', fetch: api.fetch });
    expect(await screen.findByText('PG-2026-000009')).toBeInTheDocument();
    await waitFor(() => expect(api.requests.some((request) => request.operationName === 'PublicSurvey')).toBe(true));
    expect(api.requests.find((request) => request.operationName === 'PublicSurvey')?.authorization).toBeNull();
    expect(router.state.location.pathname).toBe('/survey/tok-123');
  });
});
