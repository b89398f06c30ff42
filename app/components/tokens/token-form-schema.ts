import { z } from "zod";
import type { TokenScope } from "../../../db/schema/auth";

// The browser's copy of createTokenInput's rules (server/services/tokens/tokens.ts). That module
// imports node:crypto and the schema tables, so the client bundle cannot import it; the parity test
// beside this file fails if the two drift. The server still validates everything it receives.

export const scopeOptions = [
  { value: "read", label: "read", hint: "See companies, members and feature flags." },
  { value: "write", label: "write", hint: "Everything in read, plus create and change companies." },
  { value: "admin", label: "admin", hint: "Everything an admin can do: members, tokens, flags and the audit log." },
] as const satisfies readonly { value: TokenScope; label: string; hint: string }[];

export const expiryOptions = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "365 days" },
  { days: null, label: "Never" },
] as const;

const scopeValues = scopeOptions.map((s) => s.value) as [TokenScope, ...TokenScope[]];

export const tokenFormSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  scopes: z.array(z.enum(scopeValues)).min(1, "choose at least one scope"),
  expiresInDays: z.number().int().min(1, "must be at least 1 day").max(3650).nullable(),
});
export type TokenFormValues = z.infer<typeof tokenFormSchema>;

export const emptyTokenForm: TokenFormValues = { name: "", scopes: ["read"], expiresInDays: 90 };
