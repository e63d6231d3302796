import { graphql, type ResultOf } from '../graphql/graphql';
import { VIEWER_FIELDS } from '../graphql/viewer-fields';

export const ME_QUERY = graphql(
  `
  query Me {
    me {
      ...ViewerFields
    }
  }
`,
  [VIEWER_FIELDS],
);

export const LOGIN_MUTATION = graphql(
  `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`,
  [VIEWER_FIELDS],
);

export type LoginPayload = ResultOf<typeof LOGIN_MUTATION>['login'];
