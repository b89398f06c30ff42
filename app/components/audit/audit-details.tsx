import type { ReactNode } from "react";
import { LocalTime } from "~/components/ui/local-time";

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LONG = 60;

/** One value, compactly: blanks as an em dash, timestamps in local time, lists joined. */
function Value({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === "") return <span className="text-slate-400">—</span>;
  if (typeof value === "string") {
    if (ISO_TIME.test(value)) return <LocalTime value={value} />;
    // Long values (a browser's user agent) are cut to keep rows one line; the whole text is on hover.
    return value.length > LONG ? <span title={value}>{value.slice(0, LONG)}…</span> : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.map(String).join(", ");
  return <span className="font-mono text-xs">{JSON.stringify(value)}</span>;
}

type Diff = Record<string, { from: unknown; to: unknown }>;

function isDiff(value: unknown): value is Diff {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every((change) => change !== null && typeof change === "object" && "from" in change && "to" in change);
}

/**
 * An audit row's details: a change diff as "field: from → to" lines, anything else as
 * "key: value" pairs. Services write both shapes (record-audit.ts diffFields).
 */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { diff, ...rest } = details;
  const lines: ReactNode[] = [];
  if (isDiff(diff)) {
    for (const [field, change] of Object.entries(diff)) {
      lines.push(
        <li key={`diff-${field}`}>
          <span className="text-slate-500">{field}:</span> <Value value={change.from} /> <span aria-label="changed to">→</span>{" "}
          <Value value={change.to} />
        </li>,
      );
    }
  } else if (diff !== undefined) {
    rest.diff = diff;
  }
  for (const [key, value] of Object.entries(rest)) {
    lines.push(
      <li key={key}>
        <span className="text-slate-500">{key}:</span> <Value value={value} />
      </li>,
    );
  }
  if (lines.length === 0) return <span className="text-slate-400">—</span>;
  return <ul className="space-y-0.5 text-xs leading-5 break-words text-slate-700">{lines}</ul>;
}
