// The review kinds in Kubernetes' protobuf encoding, which kubectl's typed clients send: decoded into JSON form.
import protobuf from 'protobufjs';
import { apiErrors } from '../errors/status.ts';
import type { JsonObject } from '../objects.ts';
import { SELF_SUBJECT_ACCESS_REVIEW, type ReviewType } from './reviewTypes.ts';

/** Every protobuf body starts with `k8s\0`, then a runtime.Unknown carrying the type and the encoded object. */
const MAGIC = [0x6b, 0x38, 0x73, 0x00];

/**
 * The parts of Kubernetes' messages a review needs, with their field numbers (k8s.io/api generated.proto). Only
 * what tells an empty ObjectMeta from one that is not is kept: reviews must carry an empty one.
 */
const SCHEMA = `
syntax = "proto2";
message TypeMeta { optional string apiVersion = 1; optional string kind = 2; }
message Unknown { optional TypeMeta typeMeta = 1; optional bytes raw = 2; }
message ObjectMeta { optional string name = 1; optional string generateName = 2; optional string namespace = 3; }
message Requirement { optional string key = 1; optional string operator = 2; repeated string values = 3; }
message Selector { optional string rawSelector = 1; repeated Requirement requirements = 2; }
message ResourceAttributes {
  optional string namespace = 1; optional string verb = 2; optional string group = 3; optional string version = 4;
  optional string resource = 5; optional string subresource = 6; optional string name = 7;
  optional Selector fieldSelector = 8; optional Selector labelSelector = 9;
}
message NonResourceAttributes { optional string path = 1; optional string verb = 2; }
message AccessReviewSpec {
  optional ResourceAttributes resourceAttributes = 1; optional NonResourceAttributes nonResourceAttributes = 2;
}
message SelfSubjectAccessReview { optional ObjectMeta metadata = 1; optional AccessReviewSpec spec = 2; }
message SelfSubjectReview { optional ObjectMeta metadata = 1; }
`;

const root = protobuf.parse(SCHEMA, { keepCase: true }).root;
const UNKNOWN = root.lookupType('Unknown');
const ACCESS_REVIEW = root.lookupType('SelfSubjectAccessReview');
const SELF_REVIEW = root.lookupType('SelfSubjectReview');

const toJson = (type: protobuf.Type, bytes: Uint8Array): JsonObject =>
  type.toObject(type.decode(bytes), { bytes: Array, defaults: false }) as JsonObject;

export function decodeProtobufReview(type: ReviewType, body: Uint8Array): JsonObject {
  const cannotDecode = (detail: string) =>
    apiErrors.badRequest(
      `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: ${detail}`,
    );
  if (!MAGIC.every((byte, index) => body[index] === byte))
    throw cannotDecode(
      `provided data does not appear to be a protobuf message, expected prefix [${MAGIC.join(' ')}]`,
    );
  try {
    const envelope = UNKNOWN.decode(body.subarray(MAGIC.length)) as unknown as {
      typeMeta?: protobuf.Message;
      raw?: Uint8Array;
    };
    const typeMeta = envelope.typeMeta ? (envelope.typeMeta.toJSON() as JsonObject) : {};
    const schema = type === SELF_SUBJECT_ACCESS_REVIEW ? ACCESS_REVIEW : SELF_REVIEW;
    return { ...typeMeta, ...toJson(schema, envelope.raw ?? new Uint8Array()) };
  } catch (error) {
    // Only decoding happens in here: whatever it throws means the body is not a valid message.
    throw cannotDecode(`proto: ${error instanceof Error ? error.message : String(error)}`);
  }
}
