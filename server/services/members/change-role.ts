import { and, eq } from "drizzle-orm";
import { tenantMemberships } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { diffFields, recordAudit } from "../audit/record-audit";
import { findCompanyOrThrow } from "../companies/get-company";
import { parseInput } from "../validate";
import { assertAnotherAdminRemains } from "./admin-guard";
import { findMemberOrThrow } from "./list-members";
import { changeRoleInput, type ChangeRoleInput } from "./member-input";

/** Changes a member's role (and, for client users, their company) within the current tenant. */
export async function changeRole(ctx: ServiceContext, rawInput: ChangeRoleInput) {
  assertCan(ctx, "members.manage");
  const { userId, role, companyId } = parseInput(changeRoleInput, rawInput);
  const before = await findMemberOrThrow(ctx, userId);
  if (companyId) await findCompanyOrThrow(ctx, companyId);
  const diff = diffFields({ role: before.role, companyId: before.companyId }, { role, companyId });
  if (Object.keys(diff).length === 0) return before;
  if (before.role === "admin" && role !== "admin") {
    await assertAnotherAdminRemains(
      ctx,
      userId,
      "role",
      `${before.email} is the last admin of this workspace; make another member an admin first`,
    );
  }
  await ctx.db
    .update(tenantMemberships)
    .set({ role, companyId })
    .where(and(eq(tenantMemberships.tenant, ctx.tenantId), eq(tenantMemberships.userId, userId)));
  await recordAudit(ctx, {
    action: "member.role_changed",
    targetType: "user",
    targetId: userId,
    details: { email: before.email, diff },
  });
  return findMemberOrThrow(ctx, userId);
}
