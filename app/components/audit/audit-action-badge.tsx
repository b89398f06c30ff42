import { auditActionLabel } from "../../../server/services/audit/audit-actions";
import { Badge, type BadgeTone } from "~/components/ui/badge";

// Colour says what kind of event it is at a glance: failures red, removals amber, additions green.
function toneOf(action: string): BadgeTone {
  if (/failed$/.test(action)) return "red";
  if (/\.(revoked|removed|deleted|archived)$/.test(action)) return "amber";
  if (/\.(created|added|restored)$/.test(action)) return "green";
  if (action.startsWith("auth.")) return "neutral";
  return "brand";
}

export function AuditActionBadge({ action }: { action: string }) {
  return (
    <span title={action}>
      <Badge tone={toneOf(action)}>{auditActionLabel(action)}</Badge>
    </span>
  );
}
