/**
 * Editing a plain JSON document by path, without mutating it: every function
 * returns a new root that shares every untouched branch with the old one (so
 * React and tests can compare with `===`), and fields the form never shows are
 * carried through untouched. A path is a list of object keys and array indexes,
 * e.g. `['channels', 0, 'handleTime', 'mean']`.
 */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };
export type DocPath = readonly (string | number)[];

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: Json | undefined, path: DocPath): Json | undefined {
  let v: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isObject(v) && typeof key === 'string') v = v[key];
    else return undefined;
  }
  return v;
}

/**
 * Sets the value at `path`, creating missing objects (or arrays, for a numeric
 * key) on the way. Setting a value equal (`===`) to the current one returns the
 * same root.
 */
export function setAt(root: Json | undefined, path: DocPath, value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const child = getAt(root, [key]);
  const next = setAt(child, rest, value);
  if (child === next && root !== undefined) return root;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    if (key < 0 || key > list.length) throw new RangeError(`index ${key} is outside the list (length ${list.length})`);
    list[key] = next;
    return list;
  }
  return { ...(isObject(root) ? root : {}), [key]: next };
}

/** Removes the field or list item at `path`; the same root when there is nothing there. */
export function removeAt(root: Json, path: DocPath): Json {
  if (path.length === 0) throw new RangeError('cannot remove the root');
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent) && typeof key === 'number' && key >= 0 && key < parent.length) {
    return setAt(root, parentPath, parent.filter((_, i) => i !== key));
  }
  if (isObject(parent) && typeof key === 'string' && key in parent) {
    const { [key]: _gone, ...kept } = parent;
    return setAt(root, parentPath, kept);
  }
  return root;
}

/** Appends `value` to the list at `path` (creating the list when missing). */
export function appendAt(root: Json, path: DocPath, value: Json): Json {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), value]);
}

/** Sets the value, or removes the field when `value` is undefined (an optional field left empty). */
export function setOrRemove(root: Json, path: DocPath, value: Json | undefined): Json {
  return value === undefined ? removeAt(root, path) : setAt(root, path, value);
}
