import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, agentViewer, emptyDashboard, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { SESSION_STORAGE_KEY } from './session-storage';

const counts = { data: { regions: { totalCount: 3 }, productCategories: { totalCount: 4 }, productModels: { totalCount: 5 }, parts: { totalCount: 6 }, users: { totalCount: 7 } } };

describe('login page', () => {
  it('signs in, stores the session and opens the dashboard', async () => {
    const api = createMockApi({
      Login: ({ input }) => {
        expect(input).toEqual({ username: 'admin', password: 'demo1234' });
        return { data: { login: { token: 'tok-1', expiresAt: '2999-01-01T00:00:00.000Z', viewer: adminViewer } } };
      },
      ReferenceCounts: counts,
      ...emptyDashboard,
    });
    renderApp({ path: '/login', fetch: api.fetch });

    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'demo1234');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { name: '王管理，您好' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toEqual({ token: 'tok-1', expiresAt: '2999-01-01T00:00:00.000Z' });
    await waitFor(() => expect(api.requests.find((request) => request.operationName === 'ReferenceCounts')?.authorization).toBe('Bearer tok-1'));
    expect(api.requests[0]?.authorization).toBeNull();
  });

  it('shows the error message of the API', async () => {
    const api = createMockApi({ Login: graphQLError('UNAUTHENTICATED', '用户名或密码错误') });
    renderApp({ path: '/login', fetch: api.fetch });

    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled();
  });

  it('says in Chinese when to try again after too many failed sign-ins, and stays signed out', async () => {
    const throttled = {
      data: null,
      errors: [{ message: 'Too many failed sign-ins for this account from your address. Try again in 15 minutes.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 897 } }],
    };
    const api = createMockApi({ Login: throttled });
    renderApp({ path: '/login', fetch: api.fetch });

    await userEvent.type(screen.getByLabelText('用户名'), 'admin');
    await userEvent.type(screen.getByLabelText('密码'), 'demo1234');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('登录失败次数过多，请15分钟后再试。');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled();
  });

  it('says it in English too, in hours for a blocked address', async () => {
    const api = createMockApi({ Login: { data: null, errors: [{ message: 'Too many failed sign-ins from your address. Try again in 24 hours.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 86_400 } }] } });
    renderApp({ path: '/login', fetch: api.fetch, language: 'en' });

    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('Password'), 'demo1234');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins. Try again in 24 hours.');
  });

  it('asks for both fields before calling the API', async () => {
    const api = createMockApi({});
    renderApp({ path: '/login', fetch: api.fetch });
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByLabelText('用户名')).toHaveAccessibleDescription('必填');
    expect(screen.getByLabelText('密码')).toHaveAccessibleDescription('必填');
    expect(api.requests).toHaveLength(0);
  });

  it('keeps the session across a reload by asking for `me`', async () => {
    storeSession('tok-2');
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    expect(await screen.findByRole('heading', { name: '李客服，您好' })).toBeInTheDocument();
    expect(api.requests[0]).toMatchObject({ operationName: 'Me', authorization: 'Bearer tok-2' });
  });

  it('sends a rejected token back to the login page and forgets it', async () => {
    storeSession('revoked');
    const api = createMockApi({ Me: graphQLError('UNAUTHENTICATED', 'Your session has expired') });
    renderApp({ path: '/settings/regions', fetch: api.fetch });
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('登录已失效，请重新登录。');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('does not send an expired session at all', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old', expiresAt: '2000-01-01T00:00:00.000Z' }));
    const api = createMockApi({});
    renderApp({ path: '/', fetch: api.fetch });
    expect(await screen.findByLabelText('用户名')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
