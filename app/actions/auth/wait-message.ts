/** A throttled attempt's message: in seconds under a minute, else in minutes. */
export function waitMessage(
  wait: { retryAfterSeconds: number },
  key: "throttled" | "signUpThrottled",
): { message: string; values: Record<string, number> } {
  return wait.retryAfterSeconds < 60
    ? { message: `auth.errors.${key}Seconds`, values: { seconds: wait.retryAfterSeconds } }
    : { message: `auth.errors.${key}`, values: { minutes: Math.ceil(wait.retryAfterSeconds / 60) } };
}
