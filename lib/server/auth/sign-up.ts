import "server-only";
import { APIError } from "better-auth/api";
import { hashPassword } from "better-auth/crypto";
import { auth } from "@/lib/server/auth/auth";

/**
 * Creates the account when the address is new. A taken address gives the same answer after the same
 * work: with autoSignIn off better-auth hashes the password anyway and answers with a look-alike user
 * (never stored); should it refuse the address instead, the password is hashed here. "failed" only for
 * better-auth's other refusals, which do not depend on the address. The workspace is made at the first
 * sign-in (getConsultant), so nothing here differs between the two cases either.
 */
export async function signUpAccount(input: {
  name: string;
  email: string;
  password: string;
}): Promise<"done" | "failed"> {
  try {
    await auth.api.signUpEmail({ body: input });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.status !== "UNPROCESSABLE_ENTITY") return "failed";
    await hashPassword(input.password);
  }
  return "done";
}
