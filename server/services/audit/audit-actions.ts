/**
 * The audit actions the services write, with the words a person reads. The audit log's filter
 * offers these; an action missing here still lists (with its raw name), it just cannot be picked.
 */
export const auditActionLabels = {
  "auth.login": "Signed in",
  "auth.login_failed": "Sign-in failed",
  "auth.logout": "Signed out",
  "auth.tenant_switched": "Switched tenant",
  "company.created": "Company created",
  "company.updated": "Company updated",
  "company.archived": "Company archived",
  "company.restored": "Company restored",
  "location.created": "Location created",
  "location.updated": "Location updated",
  "location.deleted": "Location deleted",
  "contact.created": "Contact created",
  "contact.updated": "Contact updated",
  "contact.archived": "Contact archived",
  "contact.restored": "Contact restored",
  "member.added": "Member added",
  "member.role_changed": "Role changed",
  "member.removed": "Member removed",
  "token.created": "API token created",
  "token.revoked": "API token revoked",
  "settings.flag_changed": "Feature flag changed",
  "asset_type.created": "Asset type created",
  "asset_type.updated": "Asset type updated",
  "asset_type.deleted": "Asset type deleted",
  "relationship_type.created": "Relationship type created",
  "relationship_type.updated": "Relationship type updated",
  "relationship_type.deleted": "Relationship type deleted",
  "settings.lifecycle_changed": "Lifecycle changed",
  "settings.tag_pattern_changed": "Asset tag pattern changed",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(auditActionLabels, action);

/** A readable name for any action, known or not: "asset.moved" becomes "Asset moved". */
export function auditActionLabel(action: string): string {
  if (isAuditAction(action)) return auditActionLabels[action];
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
