import { buildSchema, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../api/schema.graphql?raw';
import { graphqlLimitRules, graphqlParseOptions } from '../../../api/src/common/graphql-limits';
import { exampleOperations, tabQuery } from './example-operations';

// The explorer's tabs are what a partner's developer copies first: each must run against the API
// as it is published, so a schema change that breaks one fails here, not in their hands.
describe("the explorer's example operations", () => {
  const schema = buildSchema(schemaSource);
  const examples = exampleOperations(new Date('2026-12-07T09:00:00Z'));

  it("cover a partner's daily jobs and its integration", () => {
    expect(examples.map((example) => example.title)).toEqual([
      '我的派工单 · List my work orders',
      '登记到达 · Record arrival',
      '填写领用单 · Draft a requisition',
      '收货确认 · Confirm receipt',
      '我的考核 · Read my scores',
      '注册 Webhook · Register a webhook',
      '投递记录 · My webhook deliveries',
      '同步派工单 · Sync my work orders',
    ]);
  });

  it.each(examples.map((example) => [example.title, example] as const))('%s validates against the schema, within the limits', (_title, example) => {
    const document = parse(tabQuery(example), graphqlParseOptions());
    expect(validate(schema, document, graphqlLimitRules()).map((error) => error.message)).toEqual([]);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it.each(examples.map((example) => [example.title, example] as const))("%s's variables fit its variable types", (_title, example) => {
    const operation = parse(example.query).definitions[0] as OperationDefinitionNode;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], example.variables);
    expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
  });

  it('ask for the scores of the month before today', () => {
    const scores = (all: typeof examples) => all.find((example) => example.query.includes('query MyScores'))!;
    expect(scores(examples).variables).toEqual({ period: '2026-11' });
    expect(scores(exampleOperations(new Date('2027-01-15T00:00:00Z'))).variables).toEqual({ period: '2026-12' });
  });
});
