// What the mocked API answers in the webhooks pages' tests.

export const webhookEventTypes = [
  { __typename: 'WebhookEventType', type: 'work_order.dispatched', labelZh: '工单已派工', labelEn: 'Work order dispatched' },
  { __typename: 'WebhookEventType', type: 'complaint.registered', labelZh: '投诉已登记', labelEn: 'Complaint registered' },
];

export const webhookEndpoint = {
  __typename: 'WebhookEndpoint',
  id: 'wh-1',
  url: 'https://erp.example.com/hook',
  description: 'ERP 工单同步',
  eventTypes: ['work_order.dispatched'],
  status: 'ACTIVE',
  secretHint: 'whsec_Ab',
  consecutiveFailures: 0,
  createdAt: '2026-03-01T02:00:00Z',
  repairCenter: { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' },
};

export const succeededDelivery = {
  __typename: 'WebhookDelivery',
  id: 'd-1',
  eventType: 'work_order.dispatched',
  occurredAt: '2026-03-02T03:00:00Z',
  status: 'SUCCEEDED',
  attemptCount: 1,
  nextAttemptAt: null,
  attempts: [
    {
      __typename: 'WebhookAttempt',
      id: 'a-1',
      attemptedAt: '2026-03-02T03:00:01Z',
      succeeded: true,
      httpStatus: 200,
      latencyMs: 42,
      responseExcerpt: '{"received":true}',
      error: null,
    },
  ],
};
