/** Meta's notifications are a few KB; anything near this is not one. */
export const MAX_NOTIFICATION_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/**
 * The raw bytes of a request, refused past the limit without holding more than it. Raw, because
 * Meta's signature is over the bytes as sent (signature.ts).
 */
export async function readRawBody(stream: AsyncIterable<Buffer>, contentLength: string | undefined, limit = MAX_NOTIFICATION_BYTES): Promise<Buffer> {
  if (Number(contentLength ?? 0) > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
