import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLNamedInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * Values for a GraphQL input position, from its type: mostly plausible values of the right type
 * (so requests get past validation into resolvers and SQL), mixed with hostile ones (wrong types,
 * huge/empty strings, NUL, emoji and right-to-left text, extreme numbers, bad dates and enums,
 * nulls in non-null positions, missing and extra fields, long lists).
 */
export interface ValueContext {
  /** Ids of real records fitting an argument or field name (e.g. `repairCenterId`), or any. */
  idsFor(name: string): readonly string[];
}

/** `undefined` means "leave it out" (a missing argument or input field). */
export type Generated = unknown;

const MAX_INPUT_DEPTH = 4;

const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x1F',
  'null',
  'undefined',
  'true',
  "'; DROP TABLE region; --",
  '%_\\',
  '\u202Eabc\u202C',
  'שלום עולם',
  '😀👍🏽👨‍👩‍👧',
  '\uD800',
  '测试',
  '2026-02-30',
  '2026-13',
);
const hugeStrings = fc.constantFrom(256, 4_096, 100_001).map((length) => 'x'.repeat(length));
const textWithNul = fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`);

/** Anything JSON can carry, for positions where the type does not matter. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  awkwardStrings,
  hugeStrings,
  textWithNul,
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.5),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
);

const plainText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('FZ-01', 'XM-01', '福州', 'admin', 'partner', '2026-12', '2026-11', '2026-12-07', 'ERP 对接'),
);

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

function scalarValue(name: string, hint: string, context: ValueContext): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID': {
      const ids = context.idsFor(hint);
      return fc.oneof(
        { weight: 6, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.constantFrom('not-an-id', '0', '-1', '00000000-0000-0000-0000-000000000000', 'FZ-01') },
        { weight: 1, arbitrary: fc.integer() },
      );
    }
    case 'String':
      return plainText;
    case 'Int':
      return fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer(), fc.constantFrom(-1, 2 ** 31 - 1, -(2 ** 31)));
    case 'Float':
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(
        isoDate.map((iso) => iso.slice(0, 10)),
        fc.constantFrom('2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-1-1', '2026-12-07T00:00:00Z'),
      );
    case 'DateTimeISO':
      return fc.oneof(isoDate, fc.constantFrom('2026-12-07T25:61:00Z', '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59Z', '2026-12-07'));
    case 'Money':
      return fc.oneof(
        fc.integer({ min: 0, max: 1_000_000 }).map((fen) => (fen / 100).toFixed(2)),
        fc.constantFrom('-1.00', '0.001', '1e10', '99999999999999999999.99', '12,50', 1.5, -0, 1e21),
      );
    default:
      return fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 });
  }
}

function namedValue(type: GraphQLNamedInputType, hint: string, context: ValueContext, depth: number): fc.Arbitrary<unknown> {
  if (isScalarType(type)) return scalarValue(type.name, hint, context);
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0]!.toLowerCase(), '') },
    );
  }
  if (!isInputObjectType(type)) throw new Error(`unexpected input type ${String(type)}`);
  const fields = Object.values(type.getFields());
  const entries = fields.map((field) => {
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    const value = depth >= MAX_INPUT_DEPTH ? fc.constant(null) : valueFor(field.type, field.name, context, depth + 1);
    const present = required
      ? fc.oneof({ weight: 30, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) })
      : fc.oneof({ weight: 3, arbitrary: value }, { weight: 2, arbitrary: fc.constant(undefined) });
    return present.map((generated) => [field.name, generated] as const);
  });
  const extraField = fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(['fuzzExtraField', 1] as const) });
  return fc.tuple(fc.tuple(...entries), extraField).map(([pairs, extra]) => {
    const object: Record<string, unknown> = {};
    for (const [name, generated] of [...pairs, ...(extra ? [extra] : [])]) if (generated !== undefined) object[name] = generated;
    return object;
  });
}

/** A value for `type`; `hint` is the argument or field name, used to pick fitting real ids. */
export function valueFor(type: GraphQLInputType, hint: string, context: ValueContext, depth = 0): fc.Arbitrary<Generated> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 20, arbitrary: valueFor(type.ofType, hint, context, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: hostileValue },
    );
  }
  const value = isListType(type)
    ? listValue(type.ofType, hint, context, depth)
    : namedValue(type as GraphQLNamedInputType, hint, context, depth);
  return fc.oneof({ weight: 12, arbitrary: value }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileValue });
}

function listValue(item: GraphQLInputType, hint: string, context: ValueContext, depth: number): fc.Arbitrary<unknown> {
  const items = valueFor(item, hint, context, depth + 1);
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(items, { maxLength: 3 }) },
    // A single value where a list is expected: GraphQL coerces it to a list of one.
    { weight: 2, arbitrary: items },
    { weight: 1, arbitrary: fc.array(items, { minLength: 60, maxLength: 120 }) },
    // More wrong items than graphql-js reports errors for (50).
    { weight: 1, arbitrary: fc.array(fc.constant({ wrong: true }), { minLength: 55, maxLength: 80 }) },
  );
}
