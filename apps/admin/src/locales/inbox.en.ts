// English for the dashboard's work inbox; the same keys as `inbox.zh-CN.ts`.

import type { inboxMessages } from './inbox.zh-CN';

export const inboxMessagesEn: typeof inboxMessages = {
  inbox: {
    title: 'Waiting for you',
    empty: 'Nothing is waiting for you.',
    kinds: {
      REQUISITIONS_TO_SIGN: 'Requisitions to sign',
      LOCAL_PURCHASES_TO_DECIDE: 'Local purchases to decide',
      REQUISITIONS_TO_SHIP: 'Requisitions to ship',
      REQUISITIONS_BACKORDERED: 'Back-ordered requisitions',
      REQUISITIONS_TO_RECEIVE: 'Parts shipments to confirm',
      SCORES_TO_PUBLISH: 'Scores of {{period}} to publish',
      SCORES_TO_ENTER: 'Technicians to score for {{period}}',
      LATE_SCORE_SUBMISSIONS: 'Late score submissions for {{period}}',
      CALLS_TO_DISPATCH: 'Calls to dispatch',
      WORK_ORDERS_TO_ATTEND: 'Dispatched work orders to attend',
      OVERDUE_COMPLAINTS: 'Overdue complaints',
      UNANSWERED_COMPLAINTS: 'Complaints not yet answered',
      COMPLAINTS_TO_INVESTIGATE: 'Complaints under investigation',
      CONTRACT_NOTICES_DUE: 'Maintenance contracts due an expiry notice',
    },
  },
};
