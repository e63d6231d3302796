// Simplified Chinese for the dashboard's work inbox (待办); spread into `zh-CN.ts`.
// `inbox.en.ts` must have exactly the same keys.

export const inboxMessages = {
  inbox: {
    title: '待办',
    empty: '目前没有等您处理的事项。',
    kinds: {
      REQUISITIONS_TO_SIGN: '待我签批的配件领用单',
      LOCAL_PURCHASES_TO_DECIDE: '待审批的就地购置',
      REQUISITIONS_TO_SHIP: '待发货的配件领用单',
      REQUISITIONS_BACKORDERED: '缺货待补发的配件领用单',
      REQUISITIONS_TO_RECEIVE: '待确认收货的配件',
      SCORES_TO_PUBLISH: '{{period}} 待发布的考核',
      SCORES_TO_ENTER: '{{period}} 待评分的技术员',
      LATE_SCORE_SUBMISSIONS: '{{period}} 逾期提交的考核',
      CALLS_TO_DISPATCH: '待派工的叫修',
      WORK_ORDERS_TO_ATTEND: '已派工待上门的派工单',
      OVERDUE_COMPLAINTS: '逾期投诉',
      UNANSWERED_COMPLAINTS: '尚未响应的投诉',
      COMPLAINTS_TO_INVESTIGATE: '调查中的投诉',
      CONTRACT_NOTICES_DUE: '待发到期通知的保养合同',
    },
  },
};
