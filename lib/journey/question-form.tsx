"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { submitAnswer } from "@/lib/journey/submit-answer";
import { ErrorSummary } from "../ui/error-summary";
import { FieldError, FieldHint } from "../ui/field-messages";
import { useHydrated } from "../ui/use-hydrated";
import { FROM_CHECK, PLACE_FIELDS, type JourneyPlace } from "@/lib/journey/journey-place";
import { withErrorPrefix } from "@/lib/ui/title";
import { formSchema } from "@/lib/journey/step-definition";
import type { Locale } from "@/machines/locale";
import type { StepId } from "@/machines/vocabulary";

export type QuestionFormProps = {
  locale: Locale;
  step: StepId;
  encodedAnswers: string;
  question: string;
  hint?: string;
  errorMessage: string;
  control: "radios" | "select";
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  /** The server found no valid answer in a form posted without JavaScript. */
  serverError: boolean;
  /** Opened with Change from check your answers: a form posted without JavaScript keeps that. */
  fromCheck: boolean;
  /** Where the journey is walked, if not the worker's own (a training case): its pages are then the place's. */
  place: JourneyPlace;
  labels: { continue: string; errorSummaryTitle: string; errorPrefix: string; choose: string };
};

const FIELD_ID = "answer";

/** The option chosen in the page's form field, if any. */
function choiceInPage(): string | undefined {
  const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(`select#${FIELD_ID}, input[name="${FIELD_ID}"]:checked`);
  return field?.value || undefined;
}

const loadNavigation = () => import("@/lib/journey/question-form-navigation");

export function QuestionForm(props: QuestionFormProps) {
  const { locale, step, encodedAnswers, question, hint, errorMessage, control, options, labels } = props;
  const router = useRouter();
  const answersInUrl = useSearchParams().get("a");
  const summaryRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => formSchema(options.map((option) => option.value)), [options]);
  const hydrated = useHydrated();
  // A worker may choose before the page's JavaScript has run; the form would then reset the choice as it
  // hydrates and report nothing chosen on Continue. Read once, while hydrating, when the page is this form's own.
  const [choiceBeforeHydration] = useState(() => (hydrated || typeof document === "undefined" ? undefined : choiceInPage()));
  const { register, handleSubmit, formState, setValue } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { answer: choiceBeforeHydration ?? props.defaultValue ?? "" },
    shouldFocusError: false,
  });
  const hasError = props.serverError || formState.errors.answer !== undefined;
  const firstFieldId = control === "select" ? FIELD_ID : `${FIELD_ID}-0`;

  useEffect(() => {
    if (!formState.errors.answer) return;
    summaryRef.current?.focus();
    document.title = withErrorPrefix(document.title, labels.errorPrefix);
  }, [formState.errors.answer, formState.submitCount, labels.errorPrefix]);

  // Leaving this page writes its answer into its own URL (see goToNextQuestion), and the browser's Back button
  // may show a copy of the page rendered before that: then the URL has the answer to show.
  useEffect(() => {
    if (!answersInUrl || answersInUrl === encodedAnswers) return;
    let current = true;
    void loadNavigation().then(({ chosenOption }) => {
      const value = chosenOption(step, answersInUrl);
      if (current && value !== undefined) setValue("answer", value);
    });
    return () => {
      current = false;
    };
  }, [answersInUrl, encodedAnswers, step, setValue]);

  const goToNextQuestion = async ({ answer }: { answer: string }) => {
    const { pathsAfterChoice } = await loadNavigation();
    const paths = pathsAfterChoice(locale, step, encodedAnswers, answer, props.place);
    // This page's history entry keeps the answer, so that Back returns to the question with it chosen.
    window.history.replaceState(window.history.state, "", paths.thisPage);
    // Offline, the router cannot fetch the next page from the server: the service worker answers a plain
    // navigation with the journey rendered in the browser.
    if (navigator.onLine) router.push(paths.next);
    else window.location.assign(paths.next);
  };

  const describedBy = [hint ? `${FIELD_ID}-hint` : "", hasError ? `${FIELD_ID}-error` : ""].filter(Boolean).join(" ") || undefined;
  const heading = <h1 className="question-heading">{question}</h1>;

  return (
    <form action={submitAnswer} onSubmit={handleSubmit(goToNextQuestion)} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="a" value={encodedAnswers} />
      {props.fromCheck && <input type="hidden" name={FROM_CHECK.name} value={FROM_CHECK.value} />}
      {props.place.home && <input type="hidden" name={PLACE_FIELDS.home} value={props.place.home} />}
      {props.place.afterLastQuestion && <input type="hidden" name={PLACE_FIELDS.afterLastQuestion} value={props.place.afterLastQuestion} />}
      {hasError && <ErrorSummary ref={summaryRef} title={labels.errorSummaryTitle} message={errorMessage} fieldId={firstFieldId} />}
      <div className={hasError ? "form-group form-error" : "form-group"}>
        {control === "select" ? (
          <>
            <label className="form-label" htmlFor={FIELD_ID}>
              {heading}
            </label>
            {hint && <FieldHint id={`${FIELD_ID}-hint`} text={hint} />}
            {hasError && <FieldError id={`${FIELD_ID}-error`} text={errorMessage} prefix={labels.errorPrefix} />}
            <select
              className="form-select"
              id={FIELD_ID}
              aria-describedby={describedBy}
              aria-invalid={hasError || undefined}
              // Rendered chosen, so that the earlier answer shows before (and without) JavaScript.
              defaultValue={props.defaultValue ?? ""}
              {...register("answer")}
            >
              <option value="">{labels.choose}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <fieldset aria-describedby={describedBy}>
            <legend className="form-label">{heading}</legend>
            {hint && <FieldHint id={`${FIELD_ID}-hint`} text={hint} />}
            {hasError && <FieldError id={`${FIELD_ID}-error`} text={errorMessage} prefix={labels.errorPrefix} />}
            {options.map((option, index) => (
              <div className="form-group-radio" key={option.value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${FIELD_ID}-${index}`}
                  value={option.value}
                  // Rendered checked, so that the earlier answer is chosen before (and without) JavaScript.
                  defaultChecked={option.value === props.defaultValue}
                  aria-describedby={option.hint ? `${FIELD_ID}-${index}-hint` : undefined}
                  {...register("answer")}
                />
                <label className="form-label" htmlFor={`${FIELD_ID}-${index}`}>
                  {option.label}
                </label>
                {option.hint && <FieldHint id={`${FIELD_ID}-${index}-hint`} text={option.hint} />}
              </div>
            ))}
          </fieldset>
        )}
      </div>
      <button type="submit" className="button button-primary">
        {labels.continue}
      </button>
    </form>
  );
}
