import { permissionsOf } from '@aftersales/domain';
import type { Viewer } from '../graphql/types';
import { SESSION_STORAGE_KEY, VIEWER_STORAGE_KEY } from '../session/session-storage';

export const adminViewer: Viewer = {
  kind: 'USER',
  userId: 'u-admin',
  username: 'admin',
  displayName: '王管理',
  role: 'ADMIN',
  repairCenter: null,
  permissions: permissionsOf('ADMIN'),
};

export const agentViewer: Viewer = {
  kind: 'USER',
  userId: 'u-agent',
  username: 'cs_agent',
  displayName: '李客服',
  role: 'CS_AGENT',
  repairCenter: null,
  permissions: permissionsOf('CS_AGENT'),
};

/** The CS department's leader: manages centers, but no other settings. */
export const managerViewer: Viewer = {
  kind: 'USER',
  userId: 'u-manager',
  username: 'cs_manager',
  displayName: '赵部长',
  role: 'CS_MANAGER',
  repairCenter: null,
  permissions: permissionsOf('CS_MANAGER'),
};

export const partnerViewer: Viewer = {
  kind: 'USER',
  userId: 'u-partner',
  username: 'partner',
  displayName: '陈师傅',
  role: 'PARTNER',
  repairCenter: { id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' },
  permissions: permissionsOf('PARTNER'),
};

/** Head office, reading only (e.g. the after-sales director). */
export const directorViewer: Viewer = {
  kind: 'USER',
  userId: 'u-director',
  username: 'director',
  displayName: '周总监',
  role: 'DIRECTOR',
  repairCenter: null,
  permissions: permissionsOf('DIRECTOR'),
};

/** Puts a valid session in localStorage, as after a log-in. */
/** A fresh sign-in: a token, and no user remembered from an earlier session. */
export function storeSession(token = 'session-token'): void {
  localStorage.removeItem(VIEWER_STORAGE_KEY);
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
}

export const emptyConnection = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** The head-office dashboard's queries with nothing to report. */
export const emptyDashboard = {
  CenterDashboard: { data: { dashboard: { expiringAgreements: [], notices: [] } } },
  OverdueComplaints: { data: { complaints: emptyConnection } },
  ExpiringContracts: { data: { maintenanceContracts: emptyConnection } },
};
