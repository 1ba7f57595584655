"use server";

import { getLocale } from "next-intl/server";
import { mailOrganiserLinkSchema } from "@/app/actions/rounds/mail-organiser-link.schema";
import { ROUND_NOT_FOUND } from "@/app/actions/rounds/organiser-round";
import type { ActionState } from "@/lib/forms/action-state";
import { toLocale } from "@/lib/i18n/locale";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE } from "@/lib/server/mail/mail-quota";
import { mailOrganiserLink, ORGANISER_LINK_MAILS_PER_DAY } from "@/lib/server/rounds/mail-organiser-link";

/** The organiser of a round without an account mails its organiser link to their own address. */
export const mailOrganiserLinkAction = defineFormAction({
  access: "public",
  schema: mailOrganiserLinkSchema,
  read: (formData) => ({ token: formData.get("token"), email: formData.get("email") ?? "" }),
  refill: ["email"],
  invalid: (_error, fields) => ({
    status: "error",
    fieldErrors: { email: "mail.organiserLink.form.invalid" },
    fields,
  }),
  handler: async ({ token, email }, { fields }): Promise<ActionState> => {
    const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
    const result = await mailOrganiserLink({ token, to: email, locale: toLocale(locale), origin });
    if (result.ok) return { status: "done", message: "mail.organiserLink.form.sent", values: { to: result.to } };
    switch (result.error) {
      case "not-found":
        return ROUND_NOT_FOUND;
      case "has-client":
        return { status: "error", message: "mail.organiserLink.form.hasClient", fields };
      case "off":
        return { status: "error", message: "mail.errors.off", fields };
      case "too-many":
        return {
          status: "error",
          message: "mail.organiserLink.form.tooMany",
          values: { max: ORGANISER_LINK_MAILS_PER_DAY },
          fields,
        };
      case "daily-limit":
        return { status: "error", message: MAIL_REFUSAL_MESSAGE["daily-limit"], fields };
    }
  },
});
