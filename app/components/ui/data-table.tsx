import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Width and alignment classes for the header cell (e.g. "w-32", "text-right"). */
  className?: string;
  /** Named for screen readers only (an actions column). */
  srOnly?: boolean;
}

/**
 * The dense table every list page uses: bordered box, header row, divided body. Columns that do
 * not apply (a role cannot act) are passed as null and left out. `bare` drops the box when the
 * table already sits in a card.
 */
export function DataTable(props: { columns: (Column | null | false)[]; dimmed?: boolean; bare?: boolean; children: ReactNode }) {
  const box = props.bare ? "overflow-x-auto" : "overflow-x-auto rounded border border-slate-200 bg-white";
  return (
    <div className={`${box} ${props.dimmed ? "opacity-60" : ""}`}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
          <tr>
            {props.columns.filter((c): c is Column => Boolean(c)).map((c) => (
              <th key={c.label} scope="col" className={`px-3 py-2 ${c.className ?? ""}`}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{props.children}</tbody>
      </table>
    </div>
  );
}
