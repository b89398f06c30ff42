import { and, asc, eq, sql } from "drizzle-orm";
import { companies, tenantMemberships, users } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";

const memberColumns = {
  userId: tenantMemberships.userId,
  email: users.email,
  name: users.name,
  role: tenantMemberships.role,
  companyId: tenantMemberships.companyId,
  companyName: companies.name,
  createdAt: tenantMemberships.createdAt,
  disabledAt: users.disabledAt,
};

/** Memberships with their person and, for client users, their company — one query, whatever the count. */
function selectMembers(ctx: ServiceContext) {
  return ctx.db
    .select(memberColumns)
    .from(tenantMemberships)
    .innerJoin(users, eq(users.userId, tenantMemberships.userId))
    .leftJoin(
      companies,
      and(eq(companies.tenant, tenantMemberships.tenant), eq(companies.companyId, tenantMemberships.companyId)),
    );
}

export type Member = Awaited<ReturnType<typeof findMemberOrThrow>>;

/** The users and roles of the current tenant, by name. */
export async function listMembers(ctx: ServiceContext) {
  assertCan(ctx, "members.read");
  // The explicit tenant filter matters beyond defence in depth: RLS also lets a person read their
  // own memberships in other tenants (own_memberships policy), which must not show up here.
  return selectMembers(ctx)
    .where(eq(tenantMemberships.tenant, ctx.tenantId))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.email));
}

/** One member of the current tenant; a person of another tenant is NOT_FOUND, like one that never existed. */
export async function findMemberOrThrow(ctx: ServiceContext, userId: string) {
  const [row] = await selectMembers(ctx).where(
    and(eq(tenantMemberships.tenant, ctx.tenantId), eq(tenantMemberships.userId, userId)),
  );
  if (!row) throw new NotFoundError("Member", userId);
  return row;
}
