import type { Database } from "../../../db/client";
import { withTenant } from "../../../db/tenant";
import { recordAudit, type AuditEntry } from "./record-audit";

export interface SessionPerson {
  userId: string;
  email: string;
  name: string;
}

/**
 * An audit row for something a person did to their own session (sign-in, failed sign-in,
 * sign-out, tenant switch), written in its own transaction in `tenantId`. The row names the
 * person; no permission is involved, so the actor carries no role that matters.
 */
export function auditSessionEvent(
  db: Database,
  tenantId: string,
  person: SessionPerson,
  entry: AuditEntry,
  meta: { ip?: string; requestId?: string },
): Promise<void> {
  return withTenant(db, tenantId, (tx) =>
    recordAudit(
      {
        tenantId,
        db: tx,
        ip: meta.ip,
        requestId: meta.requestId,
        actor: { type: "user", userId: person.userId, email: person.email, name: person.name, role: "viewer", companyId: null },
      },
      entry,
    ),
  );
}
