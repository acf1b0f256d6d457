/** Typed-array helpers for the engine's struct-of-arrays stores. */

export type NumericArray = Float64Array | Int32Array | Uint8Array | Uint32Array | Int8Array;

/** A copy of `array` with room for `length` elements (existing values kept). */
export function grown<T extends NumericArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (n: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * Typed arrays carved out of one ArrayBuffer: a store's dozens of columns cost
 * one allocation instead of one backing store each (every typed array over 64
 * bytes is a separate off-heap allocation the garbage collector tracks, which
 * showed as a large share of building a simulation). Views behave exactly as
 * standalone arrays, zero-filled.
 */
export class ArraySlab {
  private readonly buffer: ArrayBuffer;
  private at = 0;

  /** Room for `columns` columns of `length` elements (8 bytes each at most). */
  constructor(length: number, columns: number) {
    this.buffer = new ArrayBuffer(Math.max(1, length) * 8 * columns);
  }

  private take(bytes: number, align: number): number {
    const start = Math.ceil(this.at / align) * align;
    this.at = start + bytes;
    return start;
  }

  f64(n: number): Float64Array { return new Float64Array(this.buffer, this.take(8 * n, 8), n); }
  i32(n: number): Int32Array { return new Int32Array(this.buffer, this.take(4 * n, 4), n); }
  u32(n: number): Uint32Array { return new Uint32Array(this.buffer, this.take(4 * n, 4), n); }
  u8(n: number): Uint8Array { return new Uint8Array(this.buffer, this.take(n, 1), n); }
}
