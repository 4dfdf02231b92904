export default function StartPage() {
  return (
    <main>
      <h1>Hvem skal du kontakte ved bekymring for radikalisering?</h1>
      <p>
        <strong>Akut fare? Ring 112.</strong>
      </p>
      <p>
        Svar på nogle få spørgsmål, og få at vide, hvilken myndighed du skal kontakte, hvorfor, og hvilke regler du
        skal kende.
      </p>
      <p>Vi gemmer ingen oplysninger om den person, du er bekymret for.</p>
    </main>
  );
}
