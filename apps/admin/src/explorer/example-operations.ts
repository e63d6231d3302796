// The explorer's preset tabs: a partner's daily jobs, then its integration (webhook, delivery log, sync). Written with the admin's typed `graphql`, so
// a schema change that breaks one fails `typecheck`, and `example-operations.test.ts` validates
// each (text and variables) against apps/api/schema.graphql.
import { print } from 'graphql';
import type { TadaDocumentNode } from 'gql.tada';
import { graphql } from '../graphql/graphql';

export const MY_WORK_ORDERS = graphql(`
  query MyWorkOrders($first: Int, $after: String) {
    workOrders(filter: { open: true }, first: $first, after: $after) {
      nodes {
        id
        code
        version
        status
        calledAt
        arrivalDueAt
        arrivedAt
        customerName
        customerAddress
        serialNumber
        faultDescription
        technician {
          code
          name
        }
        allowedActions
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RECORD_ARRIVAL = graphql(`
  mutation RecordArrival($input: RecordWorkOrderArrivalInput!) {
    recordWorkOrderArrival(input: $input) {
      id
      code
      version
      status
      arrivedAt
      minutesLate
    }
  }
`);

export const DRAFT_REQUISITION = graphql(`
  mutation DraftRequisition($input: RequisitionInput!) {
    createRequisition(input: $input) {
      id
      code
      version
      status
      lines {
        id
        lineNo
        part {
          partNumber
          name
        }
        quantity
      }
      allowedActions
    }
  }
`);

export const CONFIRM_RECEIPT = graphql(`
  mutation ConfirmReceipt($id: ID!, $version: Int!, $lines: [ReceiveLineInput!]!) {
    receiveRequisition(id: $id, version: $version, lines: $lines) {
      id
      code
      version
      status
      receivedAt
      receivedByName
    }
  }
`);

export const MY_SCORES = graphql(`
  query MyScores($period: String!) {
    technicianScores(period: $period, first: 50) {
      nodes {
        period
        technician {
          code
          name
        }
        total
        grade
        payRatio
        publishedAt
      }
    }
  }
`);

export const REGISTER_WEBHOOK = graphql(`
  mutation RegisterWebhook($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        eventTypes
        status
        secretHint
      }
    }
  }
`);

export const MY_WEBHOOK_DELIVERIES = graphql(`
  query MyWebhookDeliveries($id: ID!, $first: Int, $after: String) {
    webhookEndpoint(id: $id) {
      id
      url
      status
      consecutiveFailures
      deliveries(first: $first, after: $after) {
        nodes {
          id
          messageId
          eventType
          entityId
          status
          attemptCount
          nextAttemptAt
          attempts {
            attemptedAt
            succeeded
            httpStatus
            latencyMs
            responseExcerpt
            error
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SYNC_MY_WORK_ORDERS = graphql(`
  query SyncMyWorkOrders($since: DateTimeISO, $after: String) {
    workOrders(updatedSince: $since, first: 200, after: $after) {
      nodes {
        id
        code
        status
        version
        customerName
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface ExampleOperation {
  /** What the tab is for, in the explorer's words (zh-CN · English). */
  title: string;
  /** What to change before running it: comments at the top of the query editor. */
  steps: string[];
  query: string;
  variables: Record<string, unknown>;
}

// The variables are typed from the document, so an example's variables follow its inputs too.
const example = <Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  title: string,
  steps: string[],
  variables: Variables,
): ExampleOperation => ({ title, steps, query: print(document), variables: variables as Record<string, unknown> });

/** The last finished month (YYYY-MM): the month whose scores are published next. */
function lastMonth(today: Date): string {
  const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

const PLACEHOLDER_ID = 'paste-an-id-here';

export function exampleOperations(today: Date = new Date()): ExampleOperation[] {
  return [
    example(MY_WORK_ORDERS, '我的派工单 · List my work orders', [
      'Your center’s open work orders, newest call first. For the next page pass pageInfo.endCursor as "after".',
      '本中心未完成的派工单，最新来电在前；下一页把 pageInfo.endCursor 填入 "after"。',
    ], { first: 20, after: null }),
    example(RECORD_ARRIVAL, '登记到达 · Record arrival', [
      'Take id and version of a DISPATCHED order from "MyWorkOrders"; arrivedAt is the time the technician arrived.',
      '从 "MyWorkOrders" 取已派工单的 id 和 version；arrivedAt 为技术员到达时间。',
    ], { input: { id: PLACEHOLDER_ID, version: 1, arrivedAt: today.toISOString() } }),
    example(DRAFT_REQUISITION, '填写领用单 · Draft a requisition', [
      'A REPAIR requisition for a work order (its unit must be within 三包); partId from the parts list (query parts).',
      '维修领用：workOrderId 为派工单 id，partId 取自配件资料（query parts）；结果为草稿 DRAFT，再用 submitRequisition 提交。',
    ], {
      input: { purpose: 'REPAIR', destination: 'CENTER', workOrderId: PLACEHOLDER_ID, lines: [{ partId: PLACEHOLDER_ID, quantity: 1 }] },
    }),
    example(CONFIRM_RECEIPT, '收货确认 · Confirm receipt', [
      'For a SHIPPED requisition: its id and version, and per line the pieces that arrived (a difference needs a note).',
      '已发货的领用单：填 id、version 及每行实收数量（有差异须写 note）。',
    ], { id: PLACEHOLDER_ID, version: 1, lines: [{ lineId: PLACEHOLDER_ID, quantity: 1, note: null }] }),
    example(MY_SCORES, '我的考核 · Read my scores', [
      'Your technicians’ published monthly scores for a month (YYYY-MM).',
      '本中心技术员已发布的月度考核（period 为 YYYY-MM）。',
    ], { period: lastMonth(today) }),
    example(REGISTER_WEBHOOK, '注册 Webhook · Register a webhook', [
      'Your https URL that receives work_order.dispatched; keep the returned secret (whsec_…), it is shown only this once, and verify each POST with it.',
      '填写接收事件的 https 地址；返回的 secret（whsec_…）只显示这一次，请保存，用它验证每个推送的签名。',
    ], { input: { url: 'https://erp.example.com/hooks', eventTypes: ['work_order.dispatched'], description: 'ERP 派工同步' } }),
    example(MY_WEBHOOK_DELIVERIES, '投递记录 · My webhook deliveries', [
      'The delivery log of an endpoint: id = endpoint.id from "RegisterWebhook" (or query webhookEndpoints); each attempt with its HTTP status and error.',
      '端点的投递记录：id 取自 "RegisterWebhook" 返回的 endpoint.id（或 query webhookEndpoints）；每次尝试的 HTTP 状态和错误。',
    ], { id: PLACEHOLDER_ID, first: 20, after: null }),
    example(SYNC_MY_WORK_ORDERS, '同步派工单 · Sync my work orders', [
      'First run: since = "1970-01-01T00:00:00Z", after = null; while hasNextPage pass pageInfo.endCursor as "after". Store the last endCursor; next run send only "after" = the stored cursor (since = null).',
      '首次：since 填 "1970-01-01T00:00:00Z"，after 为 null；hasNextPage 为真时把 pageInfo.endCursor 填入 "after"。保存最后的 endCursor；下次只传 "after"（since 为 null），即得此后的变更。',
    ], { since: '1970-01-01T00:00:00Z', after: null }),
  ];
}

/** The text of a tab's query editor: the steps as comments, then the operation. */
export function tabQuery(operation: ExampleOperation): string {
  return `# ${operation.title}\n${operation.steps.map((step) => `# ${step}`).join('\n')}\n\n${operation.query}`;
}
