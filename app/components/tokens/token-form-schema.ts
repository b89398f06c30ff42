import { createTokenInput } from "../../../server/services/tokens/token-input";
import type { TokenScope } from "../../../db/schema/values";

// Choices of the new-token form. Validation is the service's own schema (createTokenInput).

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

// The form always sends an expiry (null = never), so the field is required here.
export const tokenFormSchema = createTokenInput.required();
export type TokenFormValues = typeof tokenFormSchema._output;

export const emptyTokenForm: TokenFormValues = { name: "", scopes: ["read"], expiresInDays: 90 };
