import { describe, expect, it } from 'vitest';
import { decodeProtobufReview } from './protobufReviews.ts';
import { SELF_SUBJECT_ACCESS_REVIEW, SELF_SUBJECT_REVIEW } from './reviewTypes.ts';

// A tiny encoder for the test's bodies: length-delimited fields and varints, as gogo-protobuf writes them.
const varint = (value: number): number[] =>
  value < 0x80 ? [value] : [(value & 0x7f) | 0x80, ...varint(Math.floor(value / 0x80))];
const field = (number: number, bytes: number[]) => [
  ...varint(number * 8 + 2),
  ...varint(bytes.length),
  ...bytes,
];
const text = (number: number, value: string) => field(number, [...Buffer.from(value, 'utf8')]);
const bool = (number: number, value: boolean) => [...varint(number * 8), value ? 1 : 0];

function envelope(kind: string, group: string, raw: number[]): Uint8Array {
  const typeMeta = field(1, [...text(1, `${group}/v1`), ...text(2, kind)]);
  return new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...typeMeta, ...field(2, raw)]);
}

describe('reviews in protobuf, as kubectl sends them', () => {
  it('reads the resource attributes of a SelfSubjectAccessReview and skips fields it does not know', () => {
    const attributes = [
      ...text(1, 'hello-world-east'),
      ...text(2, 'create'),
      ...text(3, 'skupper.io'),
      ...text(4, ''),
      ...text(5, 'connectors'),
      ...field(8, text(1, 'metadata.name=db')),
    ];
    const spec = field(1, attributes);
    const raw = [...field(1, text(1, '')), ...field(2, spec), ...field(3, bool(1, true)), ...bool(99, true)];
    expect(
      decodeProtobufReview(
        SELF_SUBJECT_ACCESS_REVIEW,
        envelope('SelfSubjectAccessReview', 'authorization.k8s.io', raw),
      ),
    ).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      metadata: { name: '' },
      spec: {
        resourceAttributes: {
          namespace: 'hello-world-east',
          verb: 'create',
          group: 'skupper.io',
          version: '',
          resource: 'connectors',
          fieldSelector: { rawSelector: 'metadata.name=db' },
        },
      },
    });
  });

  it('reads the type of a SelfSubjectReview', () => {
    expect(
      decodeProtobufReview(SELF_SUBJECT_REVIEW, envelope('SelfSubjectReview', 'authentication.k8s.io', [])),
    ).toEqual({ apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' });
  });

  it.each([
    {
      what: 'without the k8s prefix',
      body: new Uint8Array([1, 2, 3]),
      message: 'expected prefix [107 56 115 0]',
    },
    {
      what: 'cut short',
      body: envelope('SelfSubjectAccessReview', 'authorization.k8s.io', field(2, text(1, 'x'))).slice(0, -2),
      message: 'cannot be handled as a SelfSubjectAccessReview: proto: index out of range',
    },
  ])('refuses a body $what with 400', ({ body, message }) => {
    const decode = () => decodeProtobufReview(SELF_SUBJECT_ACCESS_REVIEW, body);
    expect(decode).toThrow(message);
    expect(decode).toThrow(expect.objectContaining({ code: 400, name: 'ApiError' }));
  });
});
