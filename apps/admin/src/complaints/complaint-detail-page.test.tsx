import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, partnerViewer, storeSession } from '../test/fixtures';
import { complaintDetail } from '../test/complaint-fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const CONFLICT_MESSAGE = 'This complaint was changed by someone else; reload it and try again.';
const TRANSITIONS = ['确认已响应客户', '开始调查', '认定责任', '开始处理', '处理完毕', '回访结案', '不予受理'];

const investigatingDirector = { ...directorViewer, permissions: [...directorViewer.permissions, 'complaints.investigate'] };
const share = { __typename: 'ResponsibilityShare', unit: 'PRODUCTION', sharePercent: 100 };

const complaintRequests = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'Complaint').length;

describe('complaint detail page', () => {
  it('shows the record, deadlines and timeline, and no actions to a viewer without handling permissions', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, Complaint: complaintDetail({}, partnerViewer) });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'TS-2026-000001' })).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: '投诉概况' });
    for (const text of ['调查中', '较大', '重大危机', '逾期 1 天']) expect(within(summary).getByText(text)).toBeInTheDocument();
    expect(screen.getByText('当地电视台曝光')).toBeInTheDocument();
    expect(within(screen.getByLabelText('三包')).getByText('在保')).toBeInTheDocument();
    expect(within(screen.getByLabelText('调查结果')).getByText('质量问题')).toBeInTheDocument();
    expect(within(screen.getByLabelText('调查结果')).getByText('¥2,500.00')).toBeInTheDocument();

    const deadlines = screen.getByRole('table', { name: '时限' });
    expect(within(within(deadlines).getByText('答复客户').closest('tr')!).getByText('逾期 1 天')).toHaveClass('ui-badge--danger');
    expect(within(within(deadlines).getByText('首次响应').closest('tr')!).getByText('按时完成')).toBeInTheDocument();

    const timeline = within(screen.getByRole('table', { name: '处理记录' })).getAllByRole('row').slice(1);
    expect(timeline.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual(['登记', '状态变更', '状态变更']);
    expect(within(timeline[0]!).getAllByRole('cell')[3]).toHaveTextContent(/^已受理$/);
    expect(within(timeline[1]!).getByText('已受理 → 已响应')).toBeInTheDocument();
    expect(within(timeline[1]!).getByText('已电话回复客户')).toBeInTheDocument();

    for (const action of [...TRANSITIONS, '记录调查结果', '划分责任', '处理方式', '办公会审批', '标记重大危机', '取消重大危机']) {
      expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    }
  });

  it("shows only the transitions the API allows, sends the version, and offers a reload on CONFLICT", async () => {
    storeSession();
    let version = 3;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      // The investigation and the split are recorded, so the responsibility may be determined.
      Complaint: () => complaintDetail(version === 3 ? { version, responsibility: [share] } : { version, responsibility: [share], mainFault: '电机运行异响，已更换轴承后复发' }, agentViewer),
      TransitionComplaint: graphQLError('CONFLICT', CONFLICT_MESSAGE),
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });

    expect(await screen.findByRole('button', { name: '认定责任' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '不予受理' })).toBeInTheDocument();
    for (const action of TRANSITIONS.filter((name) => name !== '认定责任' && name !== '不予受理')) {
      expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    }
    // An agent handles but does not investigate; the special case is already marked.
    expect(screen.queryByRole('button', { name: '记录调查结果' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取消重大危机' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '不予受理' }));
    let dialog = screen.getByRole('dialog', { name: '不予受理：TS-2026-000001' });
    await userEvent.click(within(dialog).getByRole('button', { name: '不予受理' }));
    expect(within(dialog).getByLabelText(/^不予受理原因/)).toHaveAccessibleDescription('必填');
    expect(api.requests.some((request) => request.operationName === 'TransitionComplaint')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));

    await userEvent.click(screen.getByRole('button', { name: '认定责任' }));
    dialog = screen.getByRole('dialog', { name: '认定责任：TS-2026-000001' });
    await userEvent.click(within(dialog).getByRole('button', { name: '认定责任' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('投诉已被他人修改');
    expect(alert).toHaveTextContent(CONFLICT_MESSAGE);
    expect(api.requests.find((request) => request.operationName === 'TransitionComplaint')?.variables).toEqual({
      id: 'cp-1',
      input: { version: 3, to: 'RESPONSIBILITY_DETERMINED', note: null },
    });

    version = 4;
    const loadsBefore = complaintRequests(api);
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(complaintRequests(api)).toBeGreaterThan(loadsBefore));
    expect(await screen.findByText('电机运行异响，已更换轴承后复发')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '认定责任' }));
    await waitFor(() => expect(api.requests.filter((request) => request.operationName === 'TransitionComplaint').at(-1)?.variables['input']).toMatchObject({ version: 4 }));
  });

  it('refuses a responsibility split that does not add up to 100 before calling the API, and fills the suggestion', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: investigatingDirector } },
      Complaint: complaintDetail({}, investigatingDirector),
      ProposedResponsibility: {
        data: {
          proposedResponsibility: [
            { unit: 'PRODUCTION', sharePercent: 70 },
            { unit: 'QUALITY_INSPECTION', sharePercent: 30 },
          ],
        },
      },
      SetResponsibility: { data: { setResponsibility: { id: 'cp-1', version: 4, status: 'INVESTIGATING', updatedAt: '2026-05-22T00:00:00.000Z' } } },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '划分责任' }));
    const dialog = screen.getByRole('dialog', { name: '划分责任：TS-2026-000001' });

    const firstRow = within(dialog).getByRole('group', { name: '第 1 行' });
    await selectOption(within(firstRow).getByLabelText('责任单位'), 'PRODUCTION');
    await userEvent.type(within(firstRow).getByLabelText('比例（%）'), '70');
    await userEvent.click(within(dialog).getByRole('button', { name: '添加责任单位' }));
    const secondRow = within(dialog).getByRole('group', { name: '第 2 行' });
    await selectOption(within(secondRow).getByLabelText('责任单位'), 'QUALITY_INSPECTION');
    await userEvent.type(within(secondRow).getByLabelText('比例（%）'), '20');
    expect(within(dialog).getByText('合计 90%')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByText('各单位比例合计须为 100%，当前为 90%。')).toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'SetResponsibility')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: '按原因建议' }));
    expect(await within(dialog).findByText('合计 100%')).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'ProposedResponsibility')?.variables).toEqual({ faultCause: 'MANUFACTURING' });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.find((request) => request.operationName === 'SetResponsibility')?.variables).toEqual({
      id: 'cp-1',
      input: {
        version: 3,
        shares: [
          { unit: 'PRODUCTION', sharePercent: 70 },
          { unit: 'QUALITY_INSPECTION', sharePercent: 30 },
        ],
      },
    });
  });

  it("previews the tier with head office's loss limits while the investigation is recorded", async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: investigatingDirector } },
      Complaint: complaintDetail({ faultCause: null, directLoss: null, responsibilityClear: null, qualityFault: null, serviceType: null }, investigatingDirector),
      ComplaintLossLimits: { data: { complaintSettings: { minorLossLimit: '1000.00', majorLossLimit: '20000.00' } } },
      RecordInvestigation: { data: { recordInvestigation: { id: 'cp-1', version: 4, status: 'INVESTIGATING', updatedAt: '2026-05-22T00:00:00.000Z' } } },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录调查结果' }));
    const dialog = screen.getByRole('dialog', { name: '记录调查结果：TS-2026-000001' });
    const preview = within(dialog).getByRole('status', { name: '调查结果预览' });

    await selectOption(within(dialog).getByLabelText(/^故障原因/), 'CUSTOMER_MISUSE');
    expect(within(preview).getByText('非质量问题')).toBeInTheDocument();
    expect(within(preview).getByText('有偿服务')).toBeInTheDocument();
    const loss = within(dialog).getByLabelText(/^直接损失/);
    await userEvent.type(loss, '12000');
    expect(await within(preview).findByText('按总部设定估算：损失 ¥1,000.00 及以下且责任明确为一般；¥20,000.00 及以下或责任不明确为较大；以上为重大。')).toBeInTheDocument();
    expect(within(preview).getByText('较大')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('特别重大')).toBeDisabled();
    await userEvent.clear(loss);
    await userEvent.type(loss, '25000');
    expect(within(preview).getByText('重大')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('特别重大'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.find((request) => request.operationName === 'RecordInvestigation')?.variables).toEqual({
      id: 'cp-1',
      input: { version: 3, faultCause: 'CUSTOMER_MISUSE', directLoss: '25000', responsibilityClear: false, especiallyMajor: true, contractCustomer: false, note: null },
    });
  });

  it('keeps a survey complaint CS judged major at least 较大 in the preview, whatever the loss', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: investigatingDirector } },
      Complaint: complaintDetail({ minimumTier: 'MAJOR', faultCause: null, directLoss: null, responsibilityClear: null, qualityFault: null, serviceType: null }, investigatingDirector),
      ComplaintLossLimits: { data: { complaintSettings: { minorLossLimit: '1000.00', majorLossLimit: '20000.00' } } },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录调查结果' }));
    const dialog = screen.getByRole('dialog', { name: '记录调查结果：TS-2026-000001' });
    const preview = within(dialog).getByRole('status', { name: '调查结果预览' });

    expect(within(preview).getByText('此投诉在客户意见调查中被判为重大，已报分管副总：等级不低于「较大」。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('责任明确'));
    await userEvent.type(within(dialog).getByLabelText(/^直接损失/), '200');
    expect(await within(preview).findByText('较大')).toBeInTheDocument();
    expect(within(preview).queryByText('一般')).not.toBeInTheDocument();
  });
});
