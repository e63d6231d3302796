import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { permissionsOf } from '@aftersales/domain';
import type { Viewer } from '../graphql/types';
import { adminViewer, agentViewer, directorViewer, managerViewer, storeSession } from '../test/fixtures';
import { complaintDetail } from '../test/complaint-fixtures';
import { createMockApi, type MockResponse } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const techViewer: Viewer = { ...agentViewer, userId: 'u-tech', username: 'tech', displayName: '孙工', role: 'TECH_CENTER', permissions: permissionsOf('TECH_CENTER') };
const STEPS = ['原因分析', '纠正/预防措施', '效果验证', '重新分析'];

const capa = (id: string, responsibleUnit: string, status: string, texts: Record<string, string | null> = {}) => ({
  __typename: 'CapaRequest',
  id,
  responsibleUnit,
  status,
  rootCause: null,
  correctiveAction: null,
  preventiveAction: null,
  verificationNote: null,
  issuedByName: '孙工',
  createdAt: '2026-05-22T02:00:00.000Z',
  ...texts,
});
const actions = { rootCause: '轴承压装工艺不当', correctiveAction: '更换轴承', preventiveAction: '修订压装作业指导书' };
const capaComplaint = complaintDetail({
  responsibility: [
    { __typename: 'ResponsibilityShare', unit: 'PRODUCTION', sharePercent: 70 },
    { __typename: 'ResponsibilityShare', unit: 'CARRIER', sharePercent: 30 },
  ],
  capaRequests: [
    capa('c1', 'PRODUCTION', 'ISSUED'),
    capa('c2', 'QUALITY_INSPECTION', 'ANALYZED', { rootCause: '出厂检验漏检' }),
    capa('c3', 'MATERIALS', 'ACTIONS_RECORDED', actions),
    capa('c4', 'SALES', 'VERIFIED_INEFFECTIVE', { ...actions, verificationNote: '三个月内再次发生' }),
    capa('c5', 'RESEARCH_DEVELOPMENT', 'VERIFIED_EFFECTIVE', { ...actions, verificationNote: '半年无复发' }),
  ],
});

const visit = (id: string, zone: string, approverRole: string, status = 'PENDING') => ({
  __typename: 'VisitRequest',
  id,
  plannedOn: '2026-05-25',
  purpose: `现场鉴定 ${id}`,
  zone,
  approverRole,
  status,
  requestedByName: '李客服',
  decidedByName: status === 'PENDING' ? null : '赵部长',
  decisionNote: null,
  decidedAt: status === 'PENDING' ? null : '2026-05-23T02:00:00.000Z',
});
const visitComplaint = complaintDetail({ visitRequests: [visit('v1', 'LOCAL', 'CS_MANAGER'), visit('v2', 'REMOTE', 'DIRECTOR'), visit('v3', 'LOCAL', 'CS_MANAGER', 'APPROVED')] });

const rowWith = (table: HTMLElement, text: string) => within(table).getByText(text).closest('tr') as HTMLElement;
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

async function openDetail(viewer: Viewer, complaint: MockResponse, handlers: Record<string, MockResponse> = {}) {
  storeSession();
  const api = createMockApi({ Me: { data: { me: viewer } }, Complaint: complaint, ...handlers });
  const view = renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
  await screen.findByRole('heading', { name: 'TS-2026-000001' });
  return { api, view };
}

describe('complaint corrective actions', () => {
  it('offers each request its next step, issues to a company unit of the split, and reloads after each step', async () => {
    const { api } = await openDetail(techViewer, capaComplaint, {
      IssueCapa: { data: { issueCapa: { __typename: 'CapaRequest', id: 'c6', status: 'ISSUED' } } },
      AdvanceCapa: { data: { advanceCapa: { __typename: 'CapaRequest', id: 'c3', status: 'VERIFIED_INEFFECTIVE' } } },
    });
    const table = screen.getByRole('table', { name: '纠正预防措施' });
    const expected: [string, string | null][] = [
      ['已下发', '原因分析'],
      ['已分析原因', '纠正/预防措施'],
      ['已制定措施', '效果验证'],
      ['验证无效', '重新分析'],
      ['验证有效', null],
    ];
    for (const [status, step] of expected) {
      const buttons = within(rowWith(table, status)).queryAllByRole('button').map((button) => button.textContent);
      expect(buttons, status).toEqual(step ? [step] : []);
    }

    await userEvent.click(screen.getByRole('button', { name: '下发纠正措施' }));
    let dialog = screen.getByRole('dialog', { name: '下发纠正措施：TS-2026-000001' });
    const unit = within(dialog).getByLabelText(/^责任部门/);
    expect(within(unit).getAllByRole('option').map((option) => option.textContent)).toEqual(['请选择', '生产车间']);
    expect(unit).toHaveValue('PRODUCTION');
    const loads = requestsOf(api, 'Complaint').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '下发' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'IssueCapa')[0]?.variables).toEqual({ complaintId: 'cp-1', input: { responsibleUnit: 'PRODUCTION' } });
    await waitFor(() => expect(requestsOf(api, 'Complaint').length).toBeGreaterThan(loads));

    await userEvent.click(within(rowWith(table, '已分析原因')).getByRole('button', { name: '纠正/预防措施' }));
    dialog = screen.getByRole('dialog', { name: '纠正/预防措施：TS-2026-000001 · 质检处' });
    expect(within(dialog).getByText('出厂检验漏检')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^纠正措施/), '返工同批次电机');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^预防措施/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'AdvanceCapa')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    // What was typed is thrown away only once confirmed (issue #13).
    await userEvent.click(within(screen.getByRole('alertdialog', { name: '放弃未保存的修改？' })).getByRole('button', { name: '放弃修改' }));

    await userEvent.click(within(rowWith(table, '已制定措施')).getByRole('button', { name: '效果验证' }));
    dialog = screen.getByRole('dialog', { name: '效果验证：TS-2026-000001 · 物资处' });
    await selectOption(within(dialog).getByLabelText(/^验证结论/), '无效');
    await userEvent.type(within(dialog).getByLabelText(/^效果验证/), '三个月内再次发生');
    const before = requestsOf(api, 'Complaint').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'AdvanceCapa')[0]?.variables).toEqual({
      id: 'c3',
      input: { to: 'VERIFIED_INEFFECTIVE', rootCause: null, correctiveAction: null, preventiveAction: null, verificationNote: '三个月内再次发生' },
    });
    await waitFor(() => expect(requestsOf(api, 'Complaint').length).toBeGreaterThan(before));
  });

  it('sends a new root cause after an ineffective verification', async () => {
    const { api } = await openDetail(techViewer, capaComplaint, { AdvanceCapa: { data: { advanceCapa: { __typename: 'CapaRequest', id: 'c4', status: 'ANALYZED' } } } });
    await userEvent.click(screen.getByRole('button', { name: '重新分析' }));
    const dialog = screen.getByRole('dialog', { name: '重新分析：TS-2026-000001 · 销售处' });
    await userEvent.type(within(dialog).getByLabelText(/^新的原因分析/), '运输途中受潮');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'AdvanceCapa')[0]?.variables).toEqual({
      id: 'c4',
      input: { to: 'ANALYZED', rootCause: '运输途中受潮', correctiveAction: null, preventiveAction: null, verificationNote: null },
    });
  });

  it('lists the requests but offers no actions without complaints.investigate', async () => {
    await openDetail(agentViewer, capaComplaint);
    const table = screen.getByRole('table', { name: '纠正预防措施' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(rowWith(table, '验证无效')).getByText('三个月内再次发生')).toBeInTheDocument();
    for (const action of ['下发纠正措施', ...STEPS]) expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
  });

  it('offers no new request when only the customer or the carrier is responsible', async () => {
    await openDetail(techViewer, complaintDetail({ responsibility: [{ __typename: 'ResponsibilityShare', unit: 'CUSTOMER', sharePercent: 100 }] }));
    expect(screen.getByText('尚未下发纠正措施。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下发纠正措施' })).not.toBeInTheDocument();
  });
});

describe('complaint travel requests', () => {
  it('shows the approver by role and the decision buttons only to that approver', async () => {
    const approverRows = async (viewer: Viewer) => {
      const { view } = await openDetail(viewer, visitComplaint);
      const table = screen.getByRole('table', { name: '出差申请' });
      const rows = ['v1', 'v2', 'v3'].filter((id) => within(rowWith(table, `现场鉴定 ${id}`)).queryByRole('button', { name: '批准' }));
      const approvers = ['v1', 'v2', 'v3'].map((id) => within(rowWith(table, `现场鉴定 ${id}`)).getAllByRole('cell')[3]?.textContent);
      view.unmount();
      return { rows, approvers };
    };
    expect(await approverRows(managerViewer)).toEqual({ rows: ['v1'], approvers: ['客服部长', '售后总监', '客服部长'] });
    expect((await approverRows(directorViewer)).rows).toEqual(['v2']);
    expect((await approverRows(adminViewer)).rows).toEqual(['v1', 'v2']);
    expect((await approverRows(agentViewer)).rows).toEqual([]);
  });

  it('sends the decision and reloads the complaint', async () => {
    const { api } = await openDetail(managerViewer, visitComplaint, { DecideVisit: { data: { decideVisit: { __typename: 'VisitRequest', id: 'v1', status: 'REJECTED' } } } });
    const row = rowWith(screen.getByRole('table', { name: '出差申请' }), '现场鉴定 v1');
    expect(within(row).getByText('待审批')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '驳回' }));
    const dialog = screen.getByRole('dialog', { name: '驳回：TS-2026-000001' });
    await userEvent.type(within(dialog).getByLabelText(/^审批意见/), '可电话指导处理');
    const loads = requestsOf(api, 'Complaint').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'DecideVisit')[0]?.variables).toEqual({ id: 'v1', input: { approve: false, note: '可电话指导处理' } });
    await waitFor(() => expect(requestsOf(api, 'Complaint').length).toBeGreaterThan(loads));
  });

  it('lets a handler request travel for an open complaint', async () => {
    const { api } = await openDetail(agentViewer, complaintDetail(), { RequestVisit: { data: { requestVisit: { __typename: 'VisitRequest', id: 'v9', status: 'PENDING' } } } });
    expect(screen.getByText('没有出差申请。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '申请出差' }));
    const dialog = screen.getByRole('dialog', { name: '申请出差：TS-2026-000001' });
    await userEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(within(dialog).getByLabelText(/^出差事由/)).toHaveAccessibleDescription(expect.stringContaining('必填'));
    expect(requestsOf(api, 'RequestVisit')).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText(/^计划出差日期/), '2026-05-25');
    await userEvent.type(within(dialog).getByLabelText(/^出差事由/), '  现场鉴定故障 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RequestVisit')[0]?.variables).toEqual({ complaintId: 'cp-1', input: { plannedOn: '2026-05-25', purpose: '现场鉴定故障' } });
  });
});
