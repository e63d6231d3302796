/** The viewer fields the app needs, shared by `me` and `login`. */
export const VIEWER_FIELDS = /* GraphQL */ `
  kind
  userId
  username
  displayName
  role
  permissions
  repairCenter {
    id
    code
    name
  }
`;
