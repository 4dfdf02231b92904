/** A source text of one or more "; "-separated references, with web addresses as links. */
export function SourceLinks({ source }: { source: string }) {
  const parts = source.split("; ");
  return (
    <>
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && "; "}
          {/^https?:\/\//.test(part) ? <a href={part}>{part.replace(/^https?:\/\//, "")}</a> : part}
        </span>
      ))}
    </>
  );
}
