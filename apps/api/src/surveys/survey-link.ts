import { createHash, randomBytes } from 'node:crypto';
import { Field, ObjectType } from 'type-graphql';

/** How long a customer may use the link (two weeks: long enough for a busy customer, short for a leaked one). */
export const SURVEY_LINK_DAYS = 14;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/*
 * Only a SHA-256 of the token is stored, like API keys: a fast hash suffices because the token
 * carries 256 random bits, and a copy of the database cannot answer a customer's survey.
 */
export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function generateSurveyToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSurveyToken(token) };
}

/** Anything else cannot be one of ours, so it is refused without a database look-up. */
export const looksLikeSurveyToken = (token: string) => TOKEN.test(token);

/*
 * The admin app serves the customer's page at /survey/:token on the same origin as the API; the
 * configuration has no public address to make it absolute, so the admin app prefixes its own.
 */
export const surveyUrl = (token: string) => `/survey/${token}`;

@ObjectType({ description: '调查链接: shown once; only its hash is kept' })
export class SurveyLink {
  @Field(() => String)
  token: string;

  @Field(() => String, { description: 'Relative to the admin app, e.g. /survey/<token>' })
  url: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ description: '客户调查页: what the customer sees before answering (no sign-in)' })
export class PublicSurvey {
  @Field(() => String)
  workOrderCode: string;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  technicianName: string | null;

  @Field(() => String, { nullable: true })
  modelName: string | null;

  @Field(() => Boolean, { description: 'Already answered (e.g. on the phone with customer service)' })
  alreadyAnswered: boolean;
}
