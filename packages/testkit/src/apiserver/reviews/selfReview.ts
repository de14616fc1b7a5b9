// Answers a SelfSubjectReview ("who am I"): the authenticated user as the API server sees them.
import type { UserInfo } from '../http/auth.ts';
import { kubeTimestamp } from '../objects.ts';
import { decodeReviewBody } from './reviewBody.ts';
import { SELF_SUBJECT_REVIEW } from './reviewTypes.ts';

/** The real authenticator adds this group to every user it authenticates, except the anonymous one. */
const AUTHENTICATED_GROUP = 'system:authenticated';

function groupsOf(user: UserInfo): string[] {
  const groups = user.groups ?? [];
  if (user.name === 'system:anonymous' || groups.includes(AUTHENTICATED_GROUP)) return [...groups];
  return [...groups, AUTHENTICATED_GROUP];
}

/** Whatever the request asked, the answer describes only the requester; 400 for a body of another kind. */
export function answerSelfReview(body: unknown, user: UserInfo, now: Date) {
  decodeReviewBody(SELF_SUBJECT_REVIEW, body);
  const groups = groupsOf(user);
  return {
    kind: SELF_SUBJECT_REVIEW.kind,
    apiVersion: SELF_SUBJECT_REVIEW.apiVersion,
    metadata: { creationTimestamp: kubeTimestamp(now) },
    status: { userInfo: { username: user.name, ...(groups.length > 0 ? { groups } : {}) } },
  };
}
