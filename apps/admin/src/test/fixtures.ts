import type { Viewer } from '../graphql/types';
import { SESSION_STORAGE_KEY } from '../session/session-storage';

const ALL_PERMISSIONS = ['referenceData.read', 'referenceData.manage', 'users.manage', 'apiKeys.manage', 'audit.read'];

export const adminViewer: Viewer = {
  kind: 'USER',
  userId: 'u-admin',
  username: 'admin',
  displayName: '王管理',
  role: 'ADMIN',
  repairCenter: null,
  permissions: ALL_PERMISSIONS,
};

export const agentViewer: Viewer = {
  kind: 'USER',
  userId: 'u-agent',
  username: 'cs_agent',
  displayName: '李客服',
  role: 'CS_AGENT',
  repairCenter: null,
  permissions: ['referenceData.read'],
};

export const partnerViewer: Viewer = {
  kind: 'USER',
  userId: 'u-partner',
  username: 'partner',
  displayName: '陈师傅',
  role: 'PARTNER',
  repairCenter: { id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' },
  permissions: ['referenceData.read', 'apiKeys.read'],
};

/** Puts a valid session in localStorage, as after a log-in. */
export function storeSession(token = 'session-token'): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
}

export const emptyConnection = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
