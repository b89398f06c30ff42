import { and, eq, sql } from "drizzle-orm";
import { tenantMemberships, users } from "../../../db/schema";
import { hashPassword } from "../../auth/password";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError, pgErrorCode, ValidationError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { findCompanyOrThrow } from "../companies/get-company";
import { parseInput } from "../validate";
import { findMemberOrThrow } from "./list-members";
import { addMemberInput, type AddMemberInput } from "./member-input";

/**
 * Adds a person to the current tenant. Users are global: an email that already has an account
 * (perhaps in another tenant) only gains a membership here; otherwise the account is created.
 */
export async function addMember(ctx: ServiceContext, rawInput: AddMemberInput) {
  assertCan(ctx, "members.manage");
  const input = parseInput(addMemberInput, rawInput);
  if (input.companyId) await findCompanyOrThrow(ctx, input.companyId);

  const existing = await findUserByEmail(ctx, input.email);
  let userId: string;
  if (existing) {
    // Name and password of an existing account stay as they are: one tenant's admin must never be
    // able to rewrite (let alone take over) a login that other tenants rely on.
    await assertNotMember(ctx, existing.userId, input.email);
    userId = existing.userId;
  } else {
    if (!input.password) throw ValidationError.field("password", "is required for a new account");
    userId = await createUser(ctx, { email: input.email, name: input.name, password: input.password });
  }

  await ctx.db
    .insert(tenantMemberships)
    .values({ tenant: ctx.tenantId, userId, role: input.role, companyId: input.companyId })
    .catch((error: unknown) => {
      // Another request added the same person between our check and this insert.
      if (pgErrorCode(error).code === "23505") throw alreadyMember(input.email);
      throw error;
    });
  await recordAudit(ctx, {
    action: "member.added",
    targetType: "user",
    targetId: userId,
    details: { email: input.email, role: input.role, companyId: input.companyId, newAccount: !existing },
  });
  return findMemberOrThrow(ctx, userId);
}

async function findUserByEmail(ctx: ServiceContext, email: string) {
  const [row] = await ctx.db
    .select({ userId: users.userId })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

async function assertNotMember(ctx: ServiceContext, userId: string, email: string) {
  const [row] = await ctx.db
    .select({ userId: tenantMemberships.userId })
    .from(tenantMemberships)
    .where(and(eq(tenantMemberships.tenant, ctx.tenantId), eq(tenantMemberships.userId, userId)));
  if (row) throw alreadyMember(email);
}

const alreadyMember = (email: string) =>
  new ConflictError(`email: ${email} is already a member of this workspace`, { field: "email" });

async function createUser(ctx: ServiceContext, values: { email: string; name: string; password: string }) {
  const passwordHash = await hashPassword(values.password);
  const [row] = await ctx.db
    .insert(users)
    .values({ email: values.email, name: values.name, passwordHash })
    .returning({ userId: users.userId })
    .catch((error: unknown) => {
      const { code, constraint } = pgErrorCode(error);
      if (code === "23505" && constraint === "users_email_key") {
        throw new ConflictError(`email: an account for ${values.email} was created at the same moment; try again`, {
          field: "email",
        });
      }
      throw error;
    });
  return row.userId;
}
