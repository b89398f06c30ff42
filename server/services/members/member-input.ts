import { z } from "zod";
import { roles, type Role } from "../../../db/schema/values";
import { isUuid } from "../fields";


const userId = z.string().uuid("must be a user id");

const role = z.enum(roles, { errorMap: () => ({ message: `must be one of ${roles.join(", ")}` }) });

// Forms send "" for an empty company select; it means "no company", not a malformed id.
const companyId = z
  .string()
  .trim()
  .refine((v) => v === "" || isUuid(v), "must be a company id")
  .nullish()
  .transform((v) => (v ? v : null));

// Likewise "" for an untouched password field, which is fine when the account already exists.
const password = z
  .string()
  .max(1000, "must be at most 1000 characters")
  .refine((v) => v === "" || v.length >= 12, "must be at least 12 characters")
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * The database check (client_user ⇔ company) would reject the same rows, but with a message that
 * names no field; this says which field is wrong before anything is written.
 */
function companyMatchesRole(value: { role: Role; companyId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "client_user" && !value.companyId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["companyId"], message: "is required for a client user" });
  }
  if (value.role !== "client_user" && value.companyId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["companyId"], message: "only client users belong to a company" });
  }
}

export const addMemberInput = z
  .object({
    // Stored lower-case like db/seed/accounts.ts, so the unique lower(email) index and lookups agree.
    email: z.string().trim().toLowerCase().max(254, "must be at most 254 characters").email("must be an email address"),
    name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
    role,
    companyId,
    /** Only for a new account; an existing person keeps the password they already have. */
    password,
  })
  .superRefine(companyMatchesRole);
export type AddMemberInput = z.input<typeof addMemberInput>;

export const changeRoleInput = z.object({ userId, role, companyId }).superRefine(companyMatchesRole);
export type ChangeRoleInput = z.input<typeof changeRoleInput>;

export const removeMemberInput = z.object({ userId });
export type RemoveMemberInput = z.input<typeof removeMemberInput>;
