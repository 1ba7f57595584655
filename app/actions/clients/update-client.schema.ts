import { clientFormSchema, idSchema } from "@/lib/schemas/client";

/** The edit form: the client form and the client it edits. */
export const updateClientSchema = clientFormSchema.extend({ clientId: idSchema });
