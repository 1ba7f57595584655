import { z } from "zod";

/** The benchmark settings form: take part ("on") or stop ("off"). */
export const benchmarkOptInSchema = z.object({
  optIn: z.enum(["on", "off"], { message: "benchmark.errors.invalid" }),
});
