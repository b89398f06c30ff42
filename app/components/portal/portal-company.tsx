import type { ReactNode } from "react";
import { DataTable } from "~/components/ui/data-table";

interface Props {
  company: { name: string; phone: string | null; website: string | null };
  locations: { locationId: string; name: string; kind: string; city: string | null; depth: number }[];
  contacts: { contactId: string; name: string; title: string | null; email: string | null; phone: string | null }[];
}

// Only web addresses become links; anything else stays text (never a javascript: URL).
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

const blank = <span className="text-slate-400">—</span>;
const td = "px-3 py-1.5";

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const id = `portal-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">({count})</span>
      </h2>
      {children}
    </section>
  );
}

/** The company as its own people see it: how to reach it, its sites, and who is on record. */
export function PortalCompany({ company, locations, contacts }: Props) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="portal-company" className="rounded border border-slate-200 bg-white p-4">
        <h1 id="portal-company" className="text-lg font-semibold text-slate-900">
          {company.name}
        </h1>
        <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">Phone</dt>
          <dd>{company.phone ? <a href={`tel:${company.phone}`} className="text-brand-700 hover:underline">{company.phone}</a> : blank}</dd>
          <dt className="text-slate-500">Website</dt>
          <dd>
            {company.website && isWebUrl(company.website) ? (
              <a href={company.website} rel="noopener noreferrer" target="_blank" className="text-brand-700 hover:underline">
                {company.website}
              </a>
            ) : (
              (company.website ?? blank)
            )}
          </dd>
        </dl>
      </section>

      <Section title="Locations" count={locations.length}>
        {locations.length === 0 ? (
          <p className="text-sm text-slate-600">No locations are on record yet.</p>
        ) : (
          <DataTable columns={[{ label: "Name" }, { label: "Kind" }, { label: "City" }]}>
                {locations.map((l) => (
                  <tr key={l.locationId}>
                    <td className={`${td} text-slate-900 ${l.depth === 0 ? "font-medium" : ""}`}>
                      {/* Indented under its parent: the list is in tree order (site → building → floor …). */}
                      <span style={{ paddingLeft: `${l.depth * 1.25}rem` }}>{l.name}</span>
                    </td>
                    <td className={`${td} text-slate-700 capitalize`}>{l.kind}</td>
                    <td className={`${td} text-slate-700`}>{l.city ?? blank}</td>
                  </tr>
                ))}
          </DataTable>
        )}
      </Section>

      <Section title="Contacts" count={contacts.length}>
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-600">No contacts are on record yet.</p>
        ) : (
          <DataTable columns={[{ label: "Name" }, { label: "Title" }, { label: "Email" }, { label: "Phone" }]}>
                {contacts.map((c) => (
                  <tr key={c.contactId}>
                    <td className={`${td} font-medium whitespace-nowrap text-slate-900`}>{c.name}</td>
                    <td className={`${td} text-slate-700`}>{c.title ?? blank}</td>
                    <td className={td}>
                      {c.email ? <a href={`mailto:${c.email}`} className="text-brand-700 hover:underline">{c.email}</a> : blank}
                    </td>
                    <td className={`${td} whitespace-nowrap text-slate-700`}>{c.phone ?? blank}</td>
                  </tr>
                ))}
          </DataTable>
        )}
      </Section>
    </div>
  );
}
