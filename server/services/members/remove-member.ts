import { and, eq } from "drizzle-orm";
import { tenantMemberships } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { assertAnotherAdminRemains } from "./admin-guard";
import { findMemberOrThrow } from "./list-members";
import { removeMemberInput, type RemoveMemberInput } from "./member-input";

/**
 * Removes a person from the current tenant. Only the membership goes: the account is global and may
 * belong to other tenants. Their sessions lose this tenant on the next request (request-auth re-checks).
 */
export async function removeMember(ctx: ServiceContext, rawInput: RemoveMemberInput) {
  assertCan(ctx, "members.manage");
  const { userId } = parseInput(removeMemberInput, rawInput);
  const before = await findMemberOrThrow(ctx, userId);
  if (before.role === "admin") {
    await assertAnotherAdminRemains(
      ctx,
      userId,
      "userId",
      `${before.email} is the last admin of this workspace; make another member an admin first`,
    );
  }
  await ctx.db
    .delete(tenantMemberships)
    .where(and(eq(tenantMemberships.tenant, ctx.tenantId), eq(tenantMemberships.userId, userId)));
  await recordAudit(ctx, {
    action: "member.removed",
    targetType: "user",
    targetId: userId,
    details: { email: before.email, role: before.role, companyId: before.companyId },
  });
  return { userId, removed: true as const };
}
