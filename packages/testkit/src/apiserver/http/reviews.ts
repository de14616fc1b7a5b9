// Serves the review endpoints: POST only, answered 201 from the requester's identity and rights, nothing stored.
import { apiErrors } from '../errors/status.ts';
import { answerAccessReview } from '../reviews/accessReview.ts';
import { decodeProtobufReview } from '../reviews/protobufReviews.ts';
import { SELF_SUBJECT_ACCESS_REVIEW, type ReviewType } from '../reviews/reviewTypes.ts';
import { answerSelfReview } from '../reviews/selfReview.ts';
import type { AuthHooks, UserInfo } from './auth.ts';
import { mediaTypeOf, readBodyBytes, readObjectBody } from './body.ts';
import { writeOptionsOf, type RequestContext } from './context.ts';
import { sendJson } from './respond.ts';

export async function serveReview(
  ctx: RequestContext,
  review: ReviewType,
  hooks: AuthHooks,
  user: UserInfo,
): Promise<void> {
  if (ctx.request.method !== 'POST') throw apiErrors.methodNotAllowed();
  // Checked as for any create (400 for an unknown dryRun); a review writes nothing either way.
  writeOptionsOf(ctx.query);
  // kubectl's typed clients send built-in kinds in protobuf; the answer is JSON, which they also accept.
  const body =
    mediaTypeOf(ctx.request) === 'application/vnd.kubernetes.protobuf'
      ? decodeProtobufReview(review, await readBodyBytes(ctx.request))
      : await readObjectBody(ctx.request);
  const answer =
    review === SELF_SUBJECT_ACCESS_REVIEW
      ? answerAccessReview(body, { cluster: ctx.cluster.name, user, hooks })
      : answerSelfReview(body, user, ctx.settings.now());
  sendJson(ctx.response, 201, answer);
}
