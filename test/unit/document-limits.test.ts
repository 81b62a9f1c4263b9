import { parse } from 'graphql';

import { DocumentShapeGuard, shapeProblem } from '../../src/graphql/document-limits';

const problem = (query: string) => shapeProblem(parse(query))?.code ?? null;

describe('document shape limits', () => {
  it('refuses one key selected many times in one selection set, however it is written', () => {
    expect(problem(`{ ${'health { ok } '.repeat(740)}}`)).toBe('DUPLICATED_FIELDS');
    expect(problem(`{ ${'health { ok } '.repeat(11)}}`)).toBe('DUPLICATED_FIELDS');
    expect(problem(`{ health { ${'ok '.repeat(50)}} }`)).toBe('DUPLICATED_FIELDS');
    expect(problem(`{ ${'...F '.repeat(4)}} fragment F on Query { health { ok } }`)).toBe(
      'DUPLICATED_FIELDS',
    );
  });

  it('accepts what queries usually repeat: a key a few times, a fragment twice, distinct aliases', () => {
    expect(problem(`{ ${'health { ok } '.repeat(10)}}`)).toBeNull();
    expect(
      problem('{ provision(citation: "x") { id ...A ...A } } fragment A on Provision { id citation }'),
    ).toBeNull();
    expect(
      problem(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`),
    ).toBeNull();
  });

  it('counts selections once fragments are spread, and a fragment cycle as too many', () => {
    // Each level spreads the next one three times through inline fragments: 3^8 selections from a short text.
    const levels = Array.from({ length: 8 }, (_, i) =>
      i === 7
        ? `fragment F${i} on Query { health { ok } }`
        : `fragment F${i} on Query { ... on Query { ...F${i + 1} } ... on Query { ...F${i + 1} } ... on Query { ...F${i + 1} } }`,
    ).join(' ');
    expect(problem(`{ ...F0 } ${levels}`)).toBe('TOO_MANY_SELECTIONS');
    expect(problem('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(
      'TOO_MANY_SELECTIONS',
    );
    expect(problem(`{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`)).toBe(
      'TOO_MANY_SELECTIONS',
    );
  });

  it('remembers each verdict by the document, and lets what does not parse through to Apollo', () => {
    const guard = new DocumentShapeGuard(20_000);
    const refused = `{ ${'health { ok } '.repeat(740)}}`;
    expect(guard.check(refused)?.code).toBe('DUPLICATED_FIELDS');
    expect(guard.check(refused)?.message).toMatch(/"health" is selected 11 times or more/);
    expect(guard.check('{ health { ok } }')).toBeNull();
    expect(guard.check('{ broken')).toBeNull();
    expect(guard.check(undefined)).toBeNull();
  });
});
