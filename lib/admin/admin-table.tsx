import type { ReactNode } from "react";

/** A DKFDS compact table that scrolls sideways on a narrow screen: column headings, then the rows given. */
export function AdminTable({ caption, headings, children }: { caption?: ReactNode; headings: string[]; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
