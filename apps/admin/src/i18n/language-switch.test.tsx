import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, emptyDashboard, storeSession } from '../test/fixtures';
import { registrationOptionHandlers } from '../test/complaint-fixtures';
import { createMockApi } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from './i18n';
import { selectOption } from '../test/select-option';

describe('language switch', () => {
  it('switches the login page to English and remembers the choice', async () => {
    renderApp({ path: '/login', fetch: createMockApi({}).fetch });
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();

    await selectOption(screen.getByRole('combobox', { name: '语言' }), 'en');

    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('After-sales Service');
  });

  it('translates the navigation and role in the header', async () => {
    storeSession();
    renderApp({ path: '/', fetch: createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard }).fetch });
    const navigation = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(navigation).getByRole('link', { name: '投诉' })).toBeInTheDocument();

    await selectOption(screen.getByRole('combobox', { name: '语言' }), 'en');

    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Complaints' })).toBeInTheDocument();
    expect(screen.getByText('Customer service agent')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hello, 李客服' })).toBeInTheDocument();
  });

  it('asks the API for its messages in the reader’s language', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard, Complaints: connection('complaints', []), ...registrationOptionHandlers });
    renderApp({ path: '/', fetch: api.fetch });
    await screen.findByRole('navigation', { name: '主导航' });
    expect(api.requests.find((request) => request.operationName === 'Me')?.language).toBe('zh-CN');

    await selectOption(screen.getByRole('combobox', { name: '语言' }), 'en');
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Complaints' }));
    await waitFor(() => expect(api.requests.find((request) => request.operationName === 'Complaints')?.language).toBe('en'));
  });
});
