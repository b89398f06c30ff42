import { describe, expect, it } from "vitest";
import { tokenScopes } from "../../../db/schema/auth";
import { createTokenInput } from "../../../server/services/tokens/tokens";
import { scopeOptions, tokenFormSchema } from "./token-form-schema";

// The form must accept exactly what the service accepts, with the same messages.
const cases: unknown[] = [
  { name: "CI", scopes: ["read"], expiresInDays: 30 },
  { name: "  padded  ", scopes: ["read", "write", "admin"], expiresInDays: null },
  { name: "", scopes: ["read"], expiresInDays: 30 },
  { name: "   ", scopes: ["read"], expiresInDays: 30 },
  { name: "x".repeat(101), scopes: ["read"], expiresInDays: 30 },
  { name: "No scopes", scopes: [], expiresInDays: 30 },
  { name: "Bad scope", scopes: ["root"], expiresInDays: 30 },
  { name: "Zero days", scopes: ["read"], expiresInDays: 0 },
  { name: "Fraction", scopes: ["read"], expiresInDays: 1.5 },
  { name: "Too long", scopes: ["read"], expiresInDays: 3651 },
];

const outcome = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.success ? "ok" : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).sort();

describe("token form schema", () => {
  it.each(cases)("agrees with createTokenInput on %j", (input) => {
    expect(outcome(tokenFormSchema.safeParse(input))).toEqual(outcome(createTokenInput.safeParse(input)));
  });

  it("offers every scope the server knows", () => {
    expect(scopeOptions.map((s) => s.value)).toEqual([...tokenScopes]);
  });
});
