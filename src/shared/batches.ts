/**
 * Splits items into batches that start `first` long and double up to `size`. Where each batch is prepared in Node
 * while the server stores the one before, the server waits for the first batch alone, so it is kept short; doubling
 * then keeps each batch's preparation within the time the server takes over the one before, when preparing an item
 * is cheaper than storing it.
 */
export function* rampedBatches<T>(items: readonly T[], first: number, size: number): Generator<T[]> {
  let length = Math.min(first, size);
  for (let i = 0; i < items.length; i += length, length = Math.min(length * 2, size)) {
    yield items.slice(i, i + length);
  }
}
