import type { ComponentProps, ReactNode } from "react";

/** A column's header; a secondary column hides on narrow screens, where its row's "More" shows it. */
export type ColumnLabel = string | { label: string; secondary: true };

const SECONDARY = "hidden md:table-cell";

const labelOf = (column: ColumnLabel) => (typeof column === "string" ? column : column.label);

/**
 * A data table: a caption, one header row of labels, then the body rows. Wide tables scroll inside
 * their box, which takes keyboard focus so the scroll is reachable without a mouse.
 */
export function Table({
  caption,
  labels,
  children,
  className = "",
}: {
  caption?: ReactNode;
  labels: readonly ColumnLabel[];
  children: ReactNode;
  className?: string;
}) {
  const hasSecondary = labels.some((column) => typeof column !== "string");
  return (
    <div
      className={`overflow-x-auto ${className}`}
      tabIndex={0}
      role="group"
      aria-label={typeof caption === "string" ? caption : "Table"}
    >
      <table className="w-full border-collapse text-left text-sm">
        {caption && <caption className="mb-1 text-left font-semibold">{caption}</caption>}
        <thead>
          <tr className="border-b border-border text-muted">
            {labels.map((column, index) => (
              <th
                key={`${labelOf(column)}-${index}`}
                scope="col"
                className={`py-1 pr-2 ${typeof column === "string" ? "" : SECONDARY}`}
              >
                {labelOf(column)}
              </th>
            ))}
            {hasSecondary && (
              <th scope="col" className="py-1 pr-2 md:hidden">
                More
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Row({ className = "", ...props }: ComponentProps<"tr">) {
  return <tr className={`border-b border-divider align-top ${className}`} {...props} />;
}

export function Cell({ className = "", secondary = false, ...props }: ComponentProps<"td"> & { secondary?: boolean }) {
  return <td className={`py-1 pr-2 ${secondary ? SECONDARY : ""} ${className}`} {...props} />;
}

/** The cell that names its row (a user ID, an email), so rows can be found by it. */
export function RowHeader({ className = "", ...props }: ComponentProps<"th">) {
  return <th scope="row" className={`py-1 pr-2 text-left font-normal ${className}`} {...props} />;
}

/** On narrow screens only: the row's secondary columns, behind an expander. */
export function MoreCell({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <td className="py-1 pr-2 md:hidden">
      <details>
        <summary className="cursor-pointer text-accent">More</summary>
        <dl className="mt-1 space-y-1 text-xs">
          {items.map(([label, value]) => (
            <div key={label}>
              <dt className="text-muted">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </td>
  );
}
