import type { Ref } from "react";

type FieldProblem = { fieldId: string; message: string };
type Props = { title: string; ref?: Ref<HTMLDivElement> } & (FieldProblem | { problems: FieldProblem[] });

/** DKFDS's error summary: a heading and a link to each field that needs an answer. */
export function ErrorSummary({ title, ref, ...rest }: Props) {
  const problems = "problems" in rest ? rest.problems : [rest];
  return (
    <div className="alert alert-error" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {title}
        </h2>
        <ul className="alert-text nobullet-list">
          {problems.map(({ fieldId, message }) => (
            <li key={fieldId}>
              <a href={`#${fieldId}`}>{message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
