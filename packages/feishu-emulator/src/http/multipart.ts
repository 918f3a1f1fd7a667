/** One part of a multipart/form-data body, bytes untouched. */
export type FormPart = {
  readonly name: string;
  readonly filename: string | undefined;
  readonly type: string | undefined;
  readonly bytes: Buffer;
};

const CRLF2 = Buffer.from('\r\n\r\n');

// The SDK appends Buffers without a filename, which Web FormData parsers turn into (lossy) text;
// this reader keeps every part's bytes as sent.
export function parseMultipart(body: Buffer, contentType: string): Map<string, FormPart> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const parts = new Map<string, FormPart>();
  const marker = boundary === null ? undefined : Buffer.from(`--${boundary[1] ?? boundary[2] ?? ''}`);
  if (marker === undefined) return parts;
  let start = body.indexOf(marker);
  while (start !== -1) {
    const next = body.indexOf(marker, start + marker.length);
    if (next === -1) break;
    const chunk = body.subarray(start + marker.length + 2, next - 2);
    const split = chunk.indexOf(CRLF2);
    if (split !== -1) {
      const head = chunk.subarray(0, split).toString('utf8');
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
      if (name !== undefined) parts.set(name, { name, filename, type, bytes: chunk.subarray(split + 4) });
    }
    start = next;
  }
  return parts;
}
