import { submitMirrorResponseAction } from "@/app/actions/mirrors/submit-mirror-response";
import { MirrorForm } from "@/components/mirrors/respond/mirror-form";
import { MirrorIntro } from "@/components/mirrors/respond/mirror-intro";
import { MirrorNotice } from "@/components/mirrors/respond/mirror-notice";
import { createToken } from "@/lib/security/tokens";
import type { MirrorFormResult, MirrorLinkKind } from "@/lib/server/mirrors/get-mirror-form";

/** What a customer's link shows: the intro and the form, or a calm notice (closed, already answered). */
export function MirrorRespondSection({
  kind,
  token,
  result,
}: {
  kind: MirrorLinkKind;
  token: string;
  result: MirrorFormResult;
}) {
  if (result.status !== "open") {
    return (
      <div className="mx-auto max-w-xl">
        <MirrorNotice kind={result.status} organisationName={result.organisationName} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <MirrorIntro form={result.form} kind={kind} />
      <MirrorForm
        form={result.form}
        kind={kind}
        token={token}
        submitKey={createToken()}
        action={submitMirrorResponseAction}
      />
    </div>
  );
}
