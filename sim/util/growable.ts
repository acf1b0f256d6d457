/** Typed-array helpers for the engine's struct-of-arrays stores. */

export type NumericArray = Float64Array | Int32Array | Uint8Array | Uint32Array | Int8Array;

/** A copy of `array` with room for `length` elements (existing values kept). */
export function grown<T extends NumericArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (n: number) => T)(length);
  copy.set(array);
  return copy;
}
