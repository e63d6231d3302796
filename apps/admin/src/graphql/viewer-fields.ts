import { graphql, type ResultOf } from './graphql';

/** The viewer fields the app needs, shared by `me` and `login`. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
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
  }
`);

/** Who is signed in; `repairCenter` is a partner's own center (null at head office). */
export type Viewer = ResultOf<typeof VIEWER_FIELDS>;
