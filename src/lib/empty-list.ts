// Empty arrays of the elements kind that arrays of objects have, so that code reading both stays optimised.

/**
 * A new empty array that V8 stores like an array of objects. A plain `[]` (or an empty map/filter result) has the
 * small-integer elements kind, another hidden class: optimised code that has seen only filled lists deoptimises on it.
 */
export function emptyList<T>(): T[] {
  const list: unknown[] = [EMPTY_MARK];
  list.pop();
  return list as T[];
}

const EMPTY_MARK = {};
