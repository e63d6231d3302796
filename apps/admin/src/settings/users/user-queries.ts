const USER_FIELDS = /* GraphQL */ `
  id
  username
  displayName
  role
  repairCenter { id code name }
  disabled
  updatedAt
`;

export const USERS_QUERY = /* GraphQL */ `
  query Users($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      nodes { ${USER_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_USER = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ${USER_FIELDS} }
  }
`;

export const UPDATE_USER = /* GraphQL */ `
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { ${USER_FIELDS} }
  }
`;

export const SET_USER_DISABLED = /* GraphQL */ `
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) { ${USER_FIELDS} }
  }
`;

export const RESET_USER_PASSWORD = /* GraphQL */ `
  mutation ResetUserPassword($id: ID!, $password: String!) {
    resetUserPassword(id: $id, password: $password) { id updatedAt }
  }
`;

export const REPAIR_CENTER_OPTIONS_QUERY = /* GraphQL */ `
  query RepairCenterOptions($first: Int) {
    repairCenters(first: $first) { nodes { id code name } }
  }
`;
