import { isUuid } from "../../../server/services/fields";

const typeLabels: Record<string, string> = {
  api_token: "API token",
  company: "Company",
  contact: "Contact",
  feature_flag: "Feature flag",
  location: "Location",
  member: "Member",
  tenant: "Tenant",
  user: "User",
};


/** What an event concerned: its kind, and its id (uuids shortened; the full id on hover). */
export function AuditTarget({ type, id }: { type: string | null; id: string | null }) {
  if (!type && !id) return <span className="text-slate-400">—</span>;
  return (
    <span className="whitespace-nowrap">
      {type ? <span className="text-slate-700">{typeLabels[type] ?? type}</span> : null}
      {id ? (
        <span title={id} className="ml-1.5 font-mono text-xs text-slate-500">
          {isUuid(id) ? `${id.slice(0, 8)}…` : id}
        </span>
      ) : null}
    </span>
  );
}
