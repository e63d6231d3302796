export const PUBLIC_SURVEY_QUERY = /* GraphQL */ `
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) { workOrderCode completedAt technicianName modelName alreadyAnswered }
  }
`;

export const SUBMIT_PUBLIC_SURVEY = /* GraphQL */ `
  mutation SubmitPublicSurvey($input: SubmitPublicSurveyInput!) {
    submitPublicSurvey(input: $input)
  }
`;

export interface PublicSurvey {
  workOrderCode: string;
  completedAt: string | null;
  technicianName: string | null;
  modelName: string | null;
  alreadyAnswered: boolean;
}
