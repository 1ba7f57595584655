import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "errors.tooLong")
  .pipe(z.email("auth.errors.email"));
