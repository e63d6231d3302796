import { graphql, type ResultOf } from '../graphql/graphql';

export const MY_INBOX_QUERY = graphql(`
  query MyInbox {
    myInbox { kind list count period filter }
  }
`);

export type InboxItem = ResultOf<typeof MY_INBOX_QUERY>['myInbox'][number];
