import type { ComponentProps, ReactNode } from "react";

/** A data table: a caption, one header row of labels, then the body rows. Wide tables scroll inside their box. */
export function Table({ caption, labels, children }: { caption?: ReactNode; labels: readonly string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption && <caption className="mb-1 text-left font-semibold">{caption}</caption>}
        <thead>
          <tr className="border-b border-border text-muted">
            {labels.map((label, index) => (
              <th key={`${label}-${index}`} scope="col" className="py-1 pr-2">
                {label}
              </th>
            ))}
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

export function Cell({ className = "", ...props }: ComponentProps<"td">) {
  return <td className={`py-1 pr-2 ${className}`} {...props} />;
}

/** The cell that names its row (a user ID, an email), so rows can be found by it. */
export function RowHeader({ className = "", ...props }: ComponentProps<"th">) {
  return <th scope="row" className={`py-1 pr-2 text-left font-normal ${className}`} {...props} />;
}
