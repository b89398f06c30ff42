import { z } from "zod";
import { tokenScopes } from "../../../db/schema/values";

// Kept apart from tokens.ts (which needs node:crypto) so the browser form can validate with it.
export const createTokenInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  scopes: z.array(z.enum(tokenScopes)).min(1, "choose at least one scope"),
  /** Days until the token expires; omitted or null means it never expires. */
  expiresInDays: z.number().int().min(1, "must be at least 1 day").max(3650).nullish(),
});
