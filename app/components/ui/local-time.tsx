import { useSyncExternalStore } from "react";

const pad = (n: number) => String(n).padStart(2, "0");
const noop = () => () => {};

/** Whether the page has hydrated: false on the server and during hydration, true after. */
function useHydrated() {
  return useSyncExternalStore(noop, () => true, () => false);
}

function format(date: Date, precision: "date" | "seconds", utc: boolean) {
  const [y, m, d, h, min, s] = utc
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    : [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const day = `${y}-${pad(m + 1)}-${pad(d)}`;
  return precision === "date" ? day : `${day} ${pad(h)}:${pad(min)}:${pad(s)}`;
}

/**
 * A timestamp in the reader's time zone. The server cannot know that zone, so it renders UTC
 * (marked as such) and the browser swaps in local time once hydrated — no hydration mismatch.
 * ISO-like digits keep columns aligned and sortable by eye.
 */
export function LocalTime({ value, precision = "seconds" }: { value: string | Date; precision?: "date" | "seconds" }) {
  const hydrated = useHydrated();
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <span>{String(value)}</span>;
  const text = format(date, precision, !hydrated);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} className="tabular-nums whitespace-nowrap">
      {text}
      {hydrated ? null : <span className="text-slate-400"> UTC</span>}
    </time>
  );
}
