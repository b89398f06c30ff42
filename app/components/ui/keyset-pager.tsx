import { Link, useSearchParams } from "@remix-run/react";

const linkClass = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50";

/** "First page" / "Next page" links for keyset-paged lists; the cursor travels in the URL. */
export function KeysetPager({ shown, nextCursor, isFirstPage }: { shown: number; nextCursor: string | null; isFirstPage: boolean }) {
  const [params] = useSearchParams();
  const pageLink = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set("cursor", cursor);
    else next.delete("cursor");
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      <span className="text-slate-500">{shown} shown</span>
      <div className="flex gap-2">
        {!isFirstPage ? (
          <Link to={pageLink(null)} className={linkClass}>
            First page
          </Link>
        ) : null}
        {nextCursor ? (
          <Link to={pageLink(nextCursor)} className={linkClass}>
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
