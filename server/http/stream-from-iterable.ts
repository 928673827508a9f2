/**
 * Adapts an async iterable of text chunks to a byte ReadableStream, pulling
 * the next chunk only when the client has read the previous one, so a large
 * download never sits in memory. Cancelling the download stops the iterator.
 */
export function streamFromIterable(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
