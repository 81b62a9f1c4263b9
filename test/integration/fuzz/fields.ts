/**
 * One field of an operation, generated from the schema: its arguments (values by their type, inline or as
 * variables, now and then declared with the wrong type or left out) and its selection (bounded depth, now and then
 * very deep through the schema's cycles). Also `mapLeaves`, which visits the argument values of a tree of fields.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parseType,
  typeFromAST,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/server';
import {
  COHERENT_INPUTS,
  inMode,
  pick,
  rarely,
  Ref,
  SCALARS,
  SEMANTIC,
  values,
  weighted,
  wrongTypeArb,
  type Mode,
  type Value,
} from './values';

export const schema = buildSchema(loadTypeDefs().join('\n'));
const inputTypes = new Map<string, GraphQLInputType>();
export const inputType = (s: string) => {
  let t = inputTypes.get(s);
  if (!t) inputTypes.set(s, (t = typeFromAST(schema, parseType(s)) as GraphQLInputType));
  return t;
};

const valueArbs = new Map<string, fc.Arbitrary<Value>>();
function valueArb(type: GraphQLInputType, owner: string, name: string, mode: Mode): fc.Arbitrary<Value> {
  const key = `${mode}|${String(type)}|${owner}.${name}`;
  let arb = valueArbs.get(key);
  if (!arb) valueArbs.set(key, (arb = buildValueArb(type, owner, name, mode)));
  return arb;
}

function buildValueArb(
  type: GraphQLInputType,
  owner: string,
  name: string,
  mode: Mode,
  nonNull = false,
): fc.Arbitrary<Value> {
  const noisy = mode === 'noisy';
  if (isNonNullType(type)) {
    const inner = buildValueArb(type.ofType, owner, name, mode, true);
    return noisy ? weighted([40, inner], [1, fc.constant(null)]) : inner;
  }
  // A null where the type allows one, and in a noisy operation a value of the wrong type now and then.
  const others: [number, fc.Arbitrary<Value>][] = [
    ...(nonNull ? [] : [[1, fc.constant(null)] as [number, fc.Arbitrary<Value>]]),
    ...(noisy ? [[1, wrongTypeArb] as [number, fc.Arbitrary<Value>]] : []),
  ];
  if (isListType(type)) {
    const item = valueArb(type.ofType, owner, name, mode);
    const list = fc.array(item, { maxLength: 3 });
    return noisy ? weighted([20, list], [1, item], ...others) : weighted([30, list], ...others);
  }
  let base: fc.Arbitrary<Value>;
  const semantic = SEMANTIC[`${owner}.${name}`] ?? SEMANTIC[name];
  if (semantic) base = inMode(semantic, mode);
  else if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    base = inMode(values(pick(...names), pick('NOT_A_VALUE', names[0].toLowerCase(), '')), mode);
  } else if (isInputObjectType(type)) base = inputObjectArb(type, mode);
  else base = inMode(SCALARS[type.name], mode);
  return others.length ? weighted([40, base], ...others) : base;
}

function inputObjectArb(type: GraphQLInputObjectType, mode: Mode): fc.Arbitrary<Value> {
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, type.name, f.name, mode)]));
  const required = fields
    .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
    .map((f) => f.name);
  const record = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, Value>>;
  const coherent = COHERENT_INPUTS[type.name];
  if (mode === 'clean') return coherent ? fc.oneof(coherent, record) : record;
  const dropOne = record.chain((o) =>
    Object.keys(o).length
      ? pick(...Object.keys(o)).map((k) => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k)))
      : fc.constant(o),
  );
  return weighted<Value>([30, record], [1, dropOne], [1, record.map((o) => ({ ...o, unknownField: 'x' }))]);
}

export interface ArgSpec {
  name: string;
  /** The argument's type in the schema, and the type a variable for it is declared with (now and then wrong). */
  expected: string;
  declared: string;
  variable: boolean;
  /** A variable declared but left out of `variables`. */
  omitted: boolean;
  value: Value;
}
export interface FieldSpec {
  name: string;
  alias: string | null;
  args: ArgSpec[];
  directive: string | null;
  selection: SelectionSpec | null;
}
export interface SelectionSpec {
  /** Wrapped in `... on Type { }` when set. */
  inline: string | null;
  fields: FieldSpec[];
}

const WRONG_VARIABLE_TYPES = [
  'String',
  'Int!',
  '[ID]',
  'Boolean',
  'DecisionInput',
  'NoSuchType',
  'Date!',
  '[[Int]]',
];
const DIRECTIVES: Record<Mode, string[]> = {
  clean: ['@include(if: true)', '@skip(if: false)', '@skip(if: true)'],
  noisy: ['@include(if: "yes")', '@deprecated', '@unknownDirective', ' @skip(if: false)'.repeat(12)],
};
const UNKNOWN_ARGUMENT: ArgSpec = {
  name: 'unknownArgument',
  expected: 'Int',
  declared: 'Int',
  variable: false,
  omitted: false,
  value: 1,
};

function argsArb(field: GraphQLField<unknown, unknown>, mode: Mode): fc.Arbitrary<ArgSpec[]> {
  const noisy = mode === 'noisy';
  const args = field.args.map((a) => {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    const spec = fc
      .record({
        value: valueArb(a.type, field.name, a.name, mode),
        variable: fc.boolean(),
        declared: noisy
          ? weighted([15, fc.constant(String(a.type))], [1, fc.constantFrom(...WRONG_VARIABLE_TYPES)])
          : fc.constant(String(a.type)),
        omitted: noisy ? weighted([25, fc.constant(false)], [1, fc.constant(true)]) : fc.constant(false),
      })
      .map((r): ArgSpec => ({ name: a.name, expected: String(a.type), ...r }));
    return required && !noisy ? spec : fc.option(spec, { nil: null, freq: required ? 40 : 2 });
  });
  const unknown = noisy ? rarely(fc.constant(UNKNOWN_ARGUMENT), 100) : fc.constant(null);
  return fc
    .tuple(fc.tuple(...args), unknown)
    .map(([xs, u]) => [...xs, u].filter((x): x is ArgSpec => x !== null));
}

export const isLeafField = (f: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(f.type));
export const objectTypeOf = (f: GraphQLField<unknown, unknown>) => getNamedType(f.type) as GraphQLObjectType;

/** Whether a path of object fields can go `depth` levels down from a type (through a cycle: court → successor…). */
const reachable = new Map<string, boolean>();
const reaches = (t: GraphQLObjectType, depth: number): boolean => {
  const key = `${t.name}|${depth}`;
  if (!reachable.has(key)) {
    reachable.set(
      key,
      depth === 0 ||
        Object.values(t.getFields()).some((f) => !isLeafField(f) && reaches(objectTypeOf(f), depth - 1)),
    );
  }
  return reachable.get(key)!;
};
export const endless = new Set(
  Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && reaches(t, 30))
    .map((t) => t.name),
);

export interface Shape {
  mode: Mode;
  /** Selections stop at this depth; a deep one goes on to it through cycles. */
  maxDepth: number;
  deep: boolean;
}

export function fieldArb(
  field: GraphQLField<unknown, unknown>,
  depth: number,
  shape: Shape,
): fc.Arbitrary<FieldSpec> {
  return fc.record({
    name: fc.constant(field.name),
    alias: rarely(fc.constantFrom('a', 'b', 'renamed', 'id', '__x'), 25),
    args: argsArb(field, shape.mode),
    directive: rarely(fc.constantFrom(...DIRECTIVES[shape.mode]), 60),
    selection: isLeafField(field) ? fc.constant(null) : selectionArb(objectTypeOf(field), depth + 1, shape),
  });
}

function selectionArb(type: GraphQLObjectType, depth: number, shape: Shape): fc.Arbitrary<SelectionSpec> {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter(isLeafField);
  const composites = fields.filter((f) => !isLeafField(f));
  const onward = composites.filter((f) => endless.has(objectTypeOf(f).name));
  const compositePick: fc.Arbitrary<GraphQLField<unknown, unknown>[]> =
    depth >= shape.maxDepth || composites.length === 0
      ? fc.constant([])
      : shape.deep && onward.length
        ? fc.constantFrom(...onward).map((f) => [f])
        : fc.subarray(composites, { maxLength: Math.min(composites.length, depth <= 2 ? 2 : 1) });
  const typename: FieldSpec = { name: '__typename', alias: null, args: [], directive: null, selection: null };
  return fc
    .tuple(
      fc.subarray(leaves, { maxLength: Math.min(3, leaves.length) }),
      compositePick,
      rarely(fc.constant(type.name), 40),
    )
    .chain(([ls, cs, inline]) => {
      const chosen = [...ls, ...cs];
      if (chosen.length === 0) {
        // Every object type has a leaf field but SearchFacets, whose fields are all lists of objects.
        if (leaves.length === 0) return fc.constant<SelectionSpec>({ inline, fields: [typename] });
        chosen.push(leaves[0]);
      }
      return fc.tuple(...chosen.map((f) => fieldArb(f, depth, shape))).map((fs) => ({ inline, fields: fs }));
    });
}

/** Visits every leaf value of the arguments (scalars, enums, ids, nulls) with its type; `f` may replace it. */
export function mapLeaves(
  roots: FieldSpec[],
  f: (leaf: Value, type: GraphQLInputType, owner: string, name: string) => Value,
): FieldSpec[] {
  const walk = (v: Value, type: GraphQLInputType, owner: string, name: string): Value => {
    const t = isNonNullType(type) ? type.ofType : type;
    if (Array.isArray(v) && isListType(t)) return v.map((x) => walk(x, t.ofType, owner, name));
    if (
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      !(v instanceof Ref) &&
      isInputObjectType(t)
    ) {
      const fields = t.getFields();
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, fields[k] ? walk(x, fields[k].type, t.name, k) : x]),
      );
    }
    return f(v, type, owner, name);
  };
  const field = (s: FieldSpec): FieldSpec => ({
    ...s,
    args: s.args.map((a) => ({ ...a, value: walk(a.value, inputType(a.expected), s.name, a.name) })),
    selection: s.selection && { ...s.selection, fields: s.selection.fields.map(field) },
  });
  return roots.map(field);
}
