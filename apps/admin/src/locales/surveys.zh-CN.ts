// Simplified Chinese for customer surveys (客户意见调查) and the customer's own survey page;
// spread into `zh-CN.ts`. `surveys.en.ts` must have exactly the same keys.

export const surveyMessages = {
  surveys: {
    nav: '客户意见调查',
    title: '客户意见调查',
    description: '每张完工的派工单都有一份调查：电话回访录入，或发送一次性链接请客户填写。',
    search: '搜索派工单号、客户或电话',
    empty: '没有符合条件的调查。',
    blank: '未回答',
    statuses: {
      PENDING: '待回访',
      RESPONDED: '已回复',
    },
    channels: {
      CALLBACK: '客服回访',
      LINK: '客户链接',
    },
    severities: {
      ORDINARY: '一般',
      MAJOR: '重大',
    },
    fields: {
      workOrder: '派工单',
      status: '状态',
      channel: '回复方式',
      answers: '评价',
      comments: '意见与建议',
      customerComplaint: '客户投诉内容',
      complaint: '已转投诉',
      respondedAt: '回复时间',
      enteredBy: '录入人',
    },
    actions: {
      record: '录入回访',
      link: '生成客户链接',
      toComplaint: '转投诉',
    },
    form: {
      callbackHint: '回访客户 {{customer}}（{{phone}}），逐项询问满意程度；客户未评价的项目可留空。',
      complaintHint: '客户提出的投诉，保存后可转为投诉登记',
      nothingRated: '客户未评价任何一项，请至少录入一项。',
      recorded: '已保存派工单 {{code}} 的回访结果。',
    },
    link: {
      title: '派工单 {{code}} 的客户链接',
      warning: '链接只显示这一次，请立即复制发送给客户。客户只能填写一次，{{expiresAt}} 后失效。',
      url: '客户链接',
      done: '已发送',
      copyFailed: '无法自动复制，请手动选中链接复制。',
      sentUntil: '已发链接，{{expiresAt}} 前有效',
    },
    complaint: {
      title: '将派工单 {{code}} 的调查意见转为投诉',
      message: '按客户的投诉内容登记一条新投诉：“{{text}}”',
      opened: '已登记投诉',
      severity: '投诉性质',
      choices: {
        ORDINARY: '一般',
        MAJOR: '重大（报分管副总）',
      },
      choiceHints: {
        ORDINARY: '服务部自行处理，等级按调查认定的损失确定；处理结果须以书面或电话告知客户。',
        MAJOR: '按「较大」等级登记并报分管副总核阅，调查后等级不低于「较大」；须提前处理，并将处理情况函告客户。',
      },
    },
  },
  publicSurvey: {
    title: '客户意见调查',
    intro: '感谢您使用我们的服务。请就本次服务的四个方面给出评价，您的意见将帮助我们改进服务。',
    loading: '正在加载调查…',
    workOrder: '服务单号',
    completedAt: '完工时间',
    technician: '服务技术员',
    model: '产品型号',
    comments: '意见与建议',
    complaint: '投诉内容',
    complaintHint: '如有需要投诉的问题请在此说明，我们将尽快处理并告知结果。',
    nothingRated: '请至少评价一项。',
    submit: '提交',
    thanksTitle: '感谢您的评价',
    thanksMessage: '您的意见已提交。',
    unavailableTitle: '此调查链接无法使用',
    unavailableMessage: '链接无效、已过期或已经填写过。如需帮助，请致电我们的客服热线。',
  },
};
