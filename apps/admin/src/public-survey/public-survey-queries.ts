import { graphql, type ResultOf } from '../graphql/graphql';

export const PUBLIC_SURVEY_QUERY = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) { workOrderCode completedAt technicianName modelName alreadyAnswered }
  }
`);

export const SUBMIT_PUBLIC_SURVEY = graphql(`
  mutation SubmitPublicSurvey($input: SubmitPublicSurveyInput!) {
    submitPublicSurvey(input: $input)
  }
`);

export type PublicSurvey = NonNullable<ResultOf<typeof PUBLIC_SURVEY_QUERY>['publicSurvey']>;
