import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, agentViewer, directorViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { activeCenter, centerDetail, passedAssessment, rectifyingCenter, statusChange } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';

const CONFLICT_MESSAGE = 'A repair center cannot go from ACTIVE to SUSPENDED: it is under review. Allowed next states: REVOKED.';

describe('repair center detail page', () => {
  it('shows the record, staff and history but no actions to a reader', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, RepairCenter: centerDetail(rectifyingCenter) });
    renderApp({ path: '/repair-centers/rc-2', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'XM-01 · 厦门思明特约维修中心' })).toBeInTheDocument();
    const authorization = screen.getByLabelText('授权状态');
    expect(within(authorization).getByText('限期整改')).toBeInTheDocument();
    expect(within(authorization).getByText('2026-07-30')).toBeInTheDocument();
    expect(within(authorization).getByText('不能接收新派工和配件')).toBeInTheDocument();
    expect(within(authorization).getByText('签订合作协议')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '厦门思明特约维修中心 的技术员' })).getByText('林师傅')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '考核记录' })).getByText('定期考核')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '状态变更记录' })).getByText('新建 → 正常')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '月度汇总' })).toHaveAttribute('href', '/repair-centers/rc-2/summary');

    for (const action of ['编辑', '暂停', '取消授权', '恢复授权', '登记考核', '新建技术员']) {
      expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    }
  });

  it('lets an agent assess and keep technicians, but not change the status', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, RepairCenter: centerDetail(activeCenter, ['RECORD_ASSESSMENT']) });
    renderApp({ path: '/repair-centers/rc-1', fetch: api.fetch });

    expect(await screen.findByRole('button', { name: '登记考核' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建技术员' })).toBeInTheDocument();
    for (const action of ['暂停', '取消授权', '恢复授权']) {
      expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    }
    const header = screen.getByRole('heading', { name: 'FZ-01 · 福州鼓楼特约维修中心' }).closest('header')!;
    expect(within(header).queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
  });

  it('asks for a reason and shows the conflict when the API refuses a status change', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      RepairCenter: centerDetail(activeCenter, ['RECORD_ASSESSMENT', 'SUSPEND', 'REVOKE']),
      ChangeRepairCenterStatus: graphQLError('CONFLICT', CONFLICT_MESSAGE),
    });
    renderApp({ path: '/repair-centers/rc-1', fetch: api.fetch });

    // An ACTIVE center can be suspended or revoked by hand, not reinstated.
    expect(await screen.findByRole('button', { name: '取消授权' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '恢复授权' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '暂停' }));
    const dialog = screen.getByRole('alertdialog', { name: '暂停：FZ-01 福州鼓楼特约维修中心' });

    await userEvent.click(within(dialog).getByRole('button', { name: '暂停' }));
    expect(within(dialog).getByLabelText(/^原因/)).toHaveAccessibleDescription('必填');
    expect(api.requests.some((request) => request.operationName === 'ChangeRepairCenterStatus')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText(/^原因/), '投诉处理不及时');
    await userEvent.click(within(dialog).getByRole('button', { name: '暂停' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(CONFLICT_MESSAGE);
    expect(api.requests.find((request) => request.operationName === 'ChangeRepairCenterStatus')?.variables).toEqual({
      id: 'rc-1',
      input: { status: 'SUSPENDED', reason: '投诉处理不及时' },
    });
  });

  it('records a failing assessment, shows the rectification deadline and reloads the center', async () => {
    storeSession();
    let recorded = false;
    const failed = {
      ...passedAssessment,
      id: 'a2',
      assessedOn: '2026-06-01',
      scores: { qualityAppraisal: 55, practicalAbility: 70, serviceAttitude: 80 },
      result: 'FAILED',
      failedItems: ['QUALITY_APPRAISAL'],
      rectificationDeadline: '2026-07-01',
      staff: [{ technician: { id: 't1', code: 'T-001', name: '林师傅' }, scores: { qualityAppraisal: 50, practicalAbility: 90, serviceAttitude: 90 }, result: 'FAILED', failedItems: ['QUALITY_APPRAISAL'] }],
      repairCenter: { __typename: 'RepairCenter', id: 'rc-1', status: 'RECTIFYING', recordedStatus: 'RECTIFYING', rectificationDeadline: '2026-07-01', canReceiveWork: false },
    };
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      RepairCenter: () => centerDetail(recorded ? { ...activeCenter, status: 'RECTIFYING', recordedStatus: 'RECTIFYING', rectificationDeadline: '2026-07-01' } : activeCenter, ['RECORD_ASSESSMENT']),
      RecordCenterAssessment: () => {
        recorded = true;
        return { data: { recordCenterAssessment: failed } };
      },
    });
    renderApp({ path: '/repair-centers/rc-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '登记考核' }));
    const dialog = screen.getByRole('dialog', { name: '登记考核：福州鼓楼特约维修中心' });
    expect(within(dialog).getByLabelText(/^考核类型/)).toHaveValue('PERIODIC');

    await userEvent.clear(within(dialog).getByLabelText(/^考核日期/));
    await userEvent.type(within(dialog).getByLabelText(/^考核日期/), '2026-06-01');
    const centerScores = within(dialog).getByRole('heading', { name: '维修中心得分（0–100）' }).closest('section')!;
    await userEvent.type(within(centerScores).getByLabelText(/^质量鉴定水平/), '55');
    await userEvent.type(within(centerScores).getByLabelText(/^实际操作能力/), '70');
    await userEvent.type(within(centerScores).getByLabelText(/^服务态度/), '80');
    const staffRow = within(dialog).getByRole('group', { name: '林师傅 的得分' });
    await userEvent.type(within(staffRow).getByLabelText('质量鉴定水平'), '50');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    // A technician's scores are all or nothing.
    expect(within(staffRow).getByLabelText('实际操作能力')).toHaveAccessibleDescription('必填');
    await userEvent.type(within(staffRow).getByLabelText('实际操作能力'), '90');
    await userEvent.type(within(staffRow).getByLabelText('服务态度'), '90');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    const outcome = await within(dialog).findByRole('alert');
    expect(outcome).toHaveTextContent('考核不合格');
    expect(outcome).toHaveTextContent('未达标项目：质量鉴定水平');
    expect(outcome).toHaveTextContent('限期整改至 2026-07-01');
    expect(outcome).toHaveTextContent('维修中心当前状态：限期整改');
    expect(within(dialog).getByText('林师傅：不合格')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'RecordCenterAssessment')?.variables).toEqual({
      input: {
        repairCenterId: 'rc-1',
        kind: 'PERIODIC',
        assessedOn: '2026-06-01',
        scores: { qualityAppraisal: 55, practicalAbility: 70, serviceAttitude: 80 },
        notes: null,
        staff: [{ technicianId: 't1', scores: { qualityAppraisal: 50, practicalAbility: 90, serviceAttitude: 90 } }],
      },
    });

    await userEvent.click(within(dialog).getByRole('button', { name: '完成' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The center is reloaded after the dialog closes.
    await waitFor(() => expect(within(screen.getByLabelText('授权状态')).getByText('限期整改')).toBeInTheDocument());
  });

  it('words the system’s reasons from their codes in the reader’s language (issue #13)', async () => {
    const coded = [
      { ...statusChange, id: 's4', toStatus: 'REVOKED', fromStatus: 'RECTIFYING', reason: 'unused', reasonCode: 'RECTIFICATION_OVERDUE', reasonDeadline: '2026-07-30', reasonItems: [], actorName: 'unused', bySystem: true },
      { ...statusChange, id: 's3', toStatus: 'RECTIFYING', fromStatus: 'ACTIVE', reason: 'unused', reasonCode: 'ASSESSMENT_FAILED', reasonDeadline: '2026-07-30', reasonItems: ['SERVICE_ATTITUDE', 'PRACTICAL_ABILITY'] },
      { ...statusChange, id: 's2', reason: 'unused', reasonCode: 'AUTHORIZED', reasonDeadline: null, reasonItems: [] },
    ];
    const detail = centerDetail(rectifyingCenter);
    const api = () => createMockApi({ Me: { data: { me: directorViewer } }, RepairCenter: { data: { repairCenter: { ...detail.data.repairCenter, statusHistory: coded } } } });
    storeSession();
    const view = renderApp({ path: '/repair-centers/rc-2', fetch: api().fetch });
    const chinese = await screen.findByRole('table', { name: '状态变更记录' });
    expect(within(chinese).getByText('考核不合格（服务态度、实际操作能力），限期整改至 2026-07-30')).toBeInTheDocument();
    expect(within(chinese).getByText('新建授权')).toBeInTheDocument();
    expect(within(chinese).getByText('整改期限 2026-07-30 已过，未通过整改复查，自动取消授权')).toBeInTheDocument();
    expect(within(chinese).getByText('系统')).toBeInTheDocument();
    view.unmount();

    storeSession();
    renderApp({ path: '/repair-centers/rc-2', fetch: api().fetch, language: 'en' });
    const english = await screen.findByRole('table', { name: 'Status history' });
    expect(within(english).getByText('Assessment failed (Service attitude, Practical ability); rectification due by 2026-07-30')).toBeInTheDocument();
    expect(within(english).getByText('Authorized')).toBeInTheDocument();
    expect(within(english).getByText('system')).toBeInTheDocument();
  });
});
