import protobuf from 'protobufjs';

/**
 * The long connection's frame, mirroring the SDK's `pbbp2.Frame` (proto2; fields 1–4 required,
 * the SDK's decoder throws without them).
 */
const FRAME_SCHEMA = {
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
};

const FrameType = protobuf.Root.fromJSON(FRAME_SCHEMA).lookupType('pbbp2.Frame');

export const FrameMethod = { control: 0, data: 1 } as const;
export type FrameMethod = (typeof FrameMethod)[keyof typeof FrameMethod];

export type FrameHeader = { key: string; value: string };

export type Frame = {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: FrameHeader[];
  payload?: Uint8Array;
};

export function encodeFrame(frame: Frame): Uint8Array {
  return FrameType.encode(FrameType.fromObject(frame)).finish();
}

/** Decodes a frame; throws on bytes that are not a valid `pbbp2.Frame`. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const object = FrameType.toObject(FrameType.decode(bytes), { longs: Number, defaults: true }) as Frame;
  return object;
}

export function headerValue(frame: Frame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}
