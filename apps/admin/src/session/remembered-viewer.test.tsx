import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer, agentViewer, emptyDashboard, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError, type MockResponse } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { VIEWER_STORAGE_KEY, writeViewer } from './session-storage';

const counts = { data: { regions: { totalCount: 3 }, productCategories: { totalCount: 4 }, productModels: { totalCount: 5 }, parts: { totalCount: 6 }, users: { totalCount: 7 } } };

describe('a reload with a remembered viewer', () => {
  it('draws the page and asks for its data while the API has not yet said who is signed in', async () => {
    storeSession();
    writeViewer(adminViewer);
    // `me` answers only once the page is drawn: a request left pending for good can hold happy-dom's teardown.
    let answerMe: (answer: MockResponse) => void = () => undefined;
    const api = createMockApi({ Me: () => new Promise((resolve) => (answerMe = resolve)), ReferenceCounts: counts, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    expect(await screen.findByRole('heading', { name: '王管理，您好' })).toBeInTheDocument();
    expect(screen.queryByText('正在验证登录状态…')).not.toBeInTheDocument();
    expect(api.requests.map((request) => request.operationName)).toEqual(expect.arrayContaining(['Me', 'ReferenceCounts']));
    answerMe({ data: { me: adminViewer } });
  });

  it("follows the API's answer when it names someone else", async () => {
    storeSession();
    writeViewer(agentViewer);
    const api = createMockApi({ Me: { data: { me: adminViewer } }, ReferenceCounts: counts, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    expect(await screen.findByRole('heading', { name: '王管理，您好' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(VIEWER_STORAGE_KEY) ?? 'null')).toEqual(adminViewer);
  });

  it('sends a rejected session back to the login page and forgets the viewer', async () => {
    storeSession('revoked');
    writeViewer(adminViewer);
    const api = createMockApi({ Me: graphQLError('UNAUTHENTICATED', 'Your session has expired'), ReferenceCounts: counts, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('登录已失效，请重新登录。');
    expect(localStorage.getItem(VIEWER_STORAGE_KEY)).toBeNull();
  });
});
