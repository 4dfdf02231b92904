/** DKFDS's hint under a field's label. */
export function FieldHint({ id, text }: { id: string; text: string }) {
  return (
    <span className="form-hint" id={id}>
      {text}
    </span>
  );
}

/** DKFDS's error message at a field, read as "Fejl: …" by a screen reader. */
export function FieldError({ id, text, prefix }: { id: string; text: string; prefix: string }) {
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">{prefix}</span>
      {text}
    </span>
  );
}
