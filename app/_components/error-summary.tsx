import type { Ref } from "react";

type Props = { title: string; message: string; fieldId: string; ref?: Ref<HTMLDivElement> };

/** DKFDS's error summary: a heading and a link to the field that needs an answer. */
export function ErrorSummary({ title, message, fieldId, ref }: Props) {
  return (
    <div className="alert alert-error" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {title}
        </h2>
        <ul className="alert-text nobullet-list">
          <li>
            <a href={`#${fieldId}`}>{message}</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
