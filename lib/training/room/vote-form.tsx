"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { FieldError, FieldHint } from "@/lib/ui/field-messages";
import "./training-room.css";
import { castVote } from "@/lib/training/room/room-actions";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { roomVoteApiPath } from "@/lib/training/paths";
import type { VoteInput } from "@/lib/training/room/room-input";
import { FIRST_CONTACT_QUESTION, VOTE_FIELDS } from "@/lib/training/room/vote-fields";
import { noticeOfResponse, type VoteNotice } from "@/lib/training/room/room-notices";
import type { Locale } from "@/machines/locale";

// The names of the fields are the vote schema's keys, which the server action reads.

export type VoteFormTexts = {
  legend: string;
  hint: string;
  submit: string;
  sending: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  notices: Record<VoteNotice, { title: string; body?: string }>;
};

/**
 * The vote: radios of the bodies, with a random voter token from the page in a hidden field. With
 * JavaScript it is sent to the API and the answer replaces the form; without, the server action
 * counts it and the page comes back with its notice.
 */
export function VoteForm(props: {
  locale: Locale;
  code: string;
  voterToken: string;
  options: { value: string; label: string }[];
  texts: VoteFormTexts;
  /** What became of a vote posted without JavaScript, shown when the page comes back. */
  notice?: VoteNotice;
}) {
  const { locale, code, voterToken, options, texts } = props;
  const [notice, setNotice] = useState(props.notice);
  const [sending, setSending] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The answer to a vote sent from this page takes the focus, so that a screen reader reads it out.
  const [sent, setSent] = useState(0);
  useEffect(() => {
    if (sent > 0) noticeRef.current?.focus();
  }, [sent]);
  const showNotice = (next: VoteNotice) => {
    setNotice(next);
    setSent((count) => count + 1);
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const choice = new FormData(event.currentTarget).get(VOTE_FIELDS.choice);
    if (typeof choice !== "string") return showNotice("invalid");
    setSending(true);
    try {
      const vote: VoteInput = { question: FIRST_CONTACT_QUESTION, choice: choice as VoteInput["choice"], voter: voterToken };
      const response = await fetch(roomVoteApiPath(code), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(vote),
      });
      const { error } = (await response.json().catch(() => ({}))) as { error?: string };
      showNotice(noticeOfResponse(response.status, error));
    } catch {
      showNotice("unavailable");
    } finally {
      setSending(false);
    }
  };

  const done = notice !== undefined && notice !== "invalid" && notice !== "throttled" && notice !== "unavailable";
  if (done) {
    const { title, body } = texts.notices[notice];
    return (
      <div className={notice === "counted" ? "alert alert-success" : "alert alert-info"} role="status" tabIndex={-1} ref={noticeRef}>
        <div className="alert-body">
          <h2 className="alert-heading">{title}</h2>
          {body && <p className="alert-text">{body}</p>}
        </div>
      </div>
    );
  }

  const invalid = notice === "invalid";
  return (
    <form action={castVote} onSubmit={send} className="room-vote" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name={VOTE_FIELDS.question} value={FIRST_CONTACT_QUESTION} />
      <input type="hidden" name={VOTE_FIELDS.voter} value={voterToken} />
      {invalid && <ErrorSummary title={texts.errorSummaryTitle} message={texts.notices.invalid.title} fieldId="choice-0" ref={noticeRef} />}
      {notice && !invalid && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={noticeRef}>
          <div className="alert-body">
            <p className="alert-text">{texts.notices[notice].title}</p>
          </div>
        </div>
      )}
      <div className={invalid ? "form-group form-error" : "form-group"}>
        <fieldset aria-describedby={invalid ? "choice-hint choice-error" : "choice-hint"}>
          <legend className="form-label">
            <h2>{texts.legend}</h2>
          </legend>
          <FieldHint id="choice-hint" text={texts.hint} />
          {invalid && <FieldError id="choice-error" prefix={texts.errorPrefix} text={texts.notices.invalid.title} />}
          {options.map((option, index) => (
            <div className="form-group-radio" key={option.value}>
              <input type="radio" className="form-radio" id={`choice-${index}`} name={VOTE_FIELDS.choice} value={option.value} />
              <label className="form-label" htmlFor={`choice-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button button-primary" disabled={sending}>
        {sending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
