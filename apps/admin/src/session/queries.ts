import { VIEWER_FIELDS } from '../graphql/viewer-fields';

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      ${VIEWER_FIELDS}
    }
  }
`;

export const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ${VIEWER_FIELDS}
      }
    }
  }
`;
