import { graphql } from '../../graphql/graphql';

const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    role
    repairCenter { id code name }
    disabled
    updatedAt
  }
`);

export const USERS_QUERY = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      nodes { ...UserFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [USER_FIELDS]);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...UserFields }
  }
`, [USER_FIELDS]);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { ...UserFields }
  }
`, [USER_FIELDS]);

export const SET_USER_DISABLED = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) { ...UserFields }
  }
`, [USER_FIELDS]);

export const RESET_USER_PASSWORD = graphql(`
  mutation ResetUserPassword($id: ID!, $password: String!) {
    resetUserPassword(id: $id, password: $password) { id updatedAt }
  }
`);

export const REPAIR_CENTER_OPTIONS_QUERY = graphql(`
  query RepairCenterOptions($first: Int) {
    repairCenters(first: $first) { nodes { id code name } }
  }
`);
