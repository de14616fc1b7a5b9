// The create-only review resources: asked about, answered at once, never stored.

export interface ReviewType {
  group: string;
  version: string;
  apiVersion: string;
  kind: string;
  plural: string;
  singular: string;
}

function reviewType(group: string, kind: string): ReviewType {
  const version = 'v1';
  const singular = kind.toLowerCase();
  return { group, version, apiVersion: `${group}/${version}`, kind, plural: `${singular}s`, singular };
}

/** "Can I ...?" for the requester: what `kubectl auth can-i` and a UI hiding forbidden actions ask. */
export const SELF_SUBJECT_ACCESS_REVIEW = reviewType('authorization.k8s.io', 'SelfSubjectAccessReview');

/** "Who am I?": what `kubectl auth whoami` asks. */
export const SELF_SUBJECT_REVIEW = reviewType('authentication.k8s.io', 'SelfSubjectReview');

export const REVIEW_TYPES: readonly ReviewType[] = [SELF_SUBJECT_REVIEW, SELF_SUBJECT_ACCESS_REVIEW];

export function findReviewType(group: string, version: string, plural: string): ReviewType | undefined {
  return REVIEW_TYPES.find(
    (type) => type.group === group && type.version === version && type.plural === plural,
  );
}
