/**
 * A document's shape, checked before Apollo validates it. graphql-js compares every pair of fields that answer to
 * the same key (OverlappingFieldsCanBeMerged), so a 10 KB body repeating `health { ok }` hundreds of times took
 * a tenth of a second or more of CPU to refuse, each time (bench/ROUNDS.md, "Measurements behind the code"), and a few connections sending it held every other request. Such documents are refused
 * here in one linear pass, and the verdict is kept by the document's hash: the same document sent again is refused
 * (or let through) without being parsed.
 */
import { createHash } from 'node:crypto';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

export const SHAPE_LIMITS = {
  /** Fields, fragment spreads and inline fragments written in the document. */
  selections: 1000,
  /** ...and once every fragment is spread where it is used. */
  expandedSelections: 3000,
  /** Fields answering to one key in one selection set ("id" twice through two fragments is common; 740 is not). */
  sameKey: 10,
  /** Spreads of one fragment in one selection set. */
  sameSpread: 3,
};
const REMEMBERED = 2000;

export interface ShapeRefusal {
  code: 'TOO_MANY_SELECTIONS' | 'DUPLICATED_FIELDS';
  message: string;
}

/** Why a parsed document's shape is refused, or null. */
export function shapeProblem(document: DocumentNode, limits = SHAPE_LIMITS): ShapeRefusal | null {
  const fragments = new Map<string, SelectionSetNode>();
  const roots: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
    else if (definition.kind === Kind.OPERATION_DEFINITION) roots.push(definition.selectionSet);
  }
  let written = 0;
  let duplicated: ShapeRefusal | null = null;
  const visit = (set: SelectionSetNode) => {
    const keys = new Map<string, number>();
    for (const selection of set.selections) {
      written++;
      const key =
        selection.kind === Kind.FIELD
          ? (selection.alias ?? selection.name).value
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? `...${selection.name.value}`
            : null;
      if (key !== null) {
        const n = (keys.get(key) ?? 0) + 1;
        keys.set(key, n);
        const limit = key.startsWith('...') ? limits.sameSpread : limits.sameKey;
        if (n > limit && !duplicated) {
          duplicated = {
            code: 'DUPLICATED_FIELDS',
            message: `"${key}" is selected ${n} times or more in one selection set; at most ${limit}.`,
          };
        }
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) visit(selection.selectionSet);
    }
  };
  for (const set of [...roots, ...fragments.values()]) visit(set);
  if (duplicated) return duplicated;
  if (written > limits.selections) return tooMany(written, limits.selections);
  const expanded = expandedSize(roots, fragments, limits.expandedSelections);
  return expanded > limits.expandedSelections ? tooMany(expanded, limits.expandedSelections) : null;
}

const tooMany = (n: number, limit: number): ShapeRefusal => ({
  code: 'TOO_MANY_SELECTIONS',
  message: `The query selects ${n > limit * 10 ? `over ${limit * 10}` : n} fields; at most ${limit}.`,
});

/** Selections once fragments are spread (counting stops past `cap`; a fragment cycle counts as past it). */
function expandedSize(
  roots: SelectionSetNode[],
  fragments: Map<string, SelectionSetNode>,
  cap: number,
): number {
  const sizes = new Map<string, number>();
  const open = new Set<string>();
  const sizeOf = (set: SelectionSetNode): number => {
    let n = 0;
    for (const selection of set.selections) {
      if (n > cap) break;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        n += fragmentSize(selection.name.value);
      } else {
        n += 1 + (selection.selectionSet ? sizeOf(selection.selectionSet) : 0);
      }
    }
    return Math.min(n, cap + 1);
  };
  const fragmentSize = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const set = fragments.get(name);
    if (!set) return 1; // Apollo's validation says the fragment is unknown.
    if (open.has(name)) return cap + 1;
    open.add(name);
    const size = sizeOf(set);
    open.delete(name);
    sizes.set(name, size);
    return size;
  };
  return Math.min(
    roots.reduce((n, root) => n + sizeOf(root), 0),
    cap + 1,
  );
}

/** Checks documents by their text, remembering the verdicts of the last ones seen. */
export class DocumentShapeGuard {
  private readonly verdicts = new Map<string, ShapeRefusal | null>();

  constructor(private readonly maxTokens: number) {}

  /** The refusal of a query text, or null (also for one that does not parse: Apollo then says why). */
  check(query: unknown): ShapeRefusal | null {
    if (typeof query !== 'string') return null;
    const key = createHash('sha256').update(query).digest('base64');
    const known = this.verdicts.get(key);
    if (known !== undefined) {
      // Most recently used last, so the oldest verdict is the one forgotten.
      this.verdicts.delete(key);
      this.verdicts.set(key, known);
      return known;
    }
    let verdict: ShapeRefusal | null = null;
    try {
      verdict = shapeProblem(parse(query, { maxTokens: this.maxTokens, noLocation: true }));
    } catch {
      verdict = null;
    }
    if (this.verdicts.size >= REMEMBERED) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(key, verdict);
    return verdict;
  }
}
