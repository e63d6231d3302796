import { graphql } from '../../graphql/graphql';

const LIST_FIELDS = graphql(`
  fragment WriteOffListFields on PartsWriteOff {
    id
    code
    version
    repairCenter { id code name }
    quarter
    status
    openedByName
    closedByName
    closedAt
    createdAt
  }
`);

const DETAIL_FIELDS = graphql(
  `
  fragment WriteOffDetailFields on PartsWriteOff {
    ...WriteOffListFields
    lines {
      part { id partNumber name }
      received
      used
      scrapped
      transferredOut
      onHandAtStart
      onHandAtEnd
      onHandChange
      oldPartsReturned
      oldPartsHeld
      oldPartsWrittenOff
      stockDifference
      oldPartDifference
      explanation
      blocking
    }
    canClose
    blockingPartIds
    allowedActions
    requisitions { id code status receivedAt value }
    oldPartReturns { id at part { id partNumber name } quantity to { key kind label } actorName }
  }
`,
  [LIST_FIELDS],
);

export const WRITE_OFFS_QUERY = graphql(
  `
  query PartsWriteOffs($first: Int, $after: String, $filter: WriteOffFilter) {
    partsWriteOffs(first: $first, after: $after, filter: $filter) {
      nodes { ...WriteOffListFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

export const WRITE_OFF_QUERY = graphql(
  `
  query PartsWriteOff($id: ID!) {
    partsWriteOff(id: $id) { ...WriteOffDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

export const OPEN_WRITE_OFF = graphql(`
  mutation OpenWriteOff($repairCenterId: ID!, $quarter: String!) {
    openWriteOff(repairCenterId: $repairCenterId, quarter: $quarter) { id code }
  }
`);

export const RECORD_WRITE_OFF_COUNTS = graphql(`
  mutation RecordWriteOffCounts($id: ID!, $version: Int!, $counts: [WriteOffCountInput!]!) {
    recordWriteOffCounts(id: $id, version: $version, counts: $counts) { id version }
  }
`);

export const RECORD_OLD_PARTS_RETURNED = graphql(`
  mutation RecordOldPartsReturned($id: ID!, $version: Int!, $partId: ID!, $quantity: Int!, $to: String!) {
    recordOldPartsReturned(id: $id, version: $version, partId: $partId, quantity: $quantity, to: $to) { id version }
  }
`);

export const CLOSE_WRITE_OFF = graphql(`
  mutation CloseWriteOff($id: ID!, $version: Int!) {
    closeWriteOff(id: $id, version: $version) { id version status closedAt }
  }
`);
