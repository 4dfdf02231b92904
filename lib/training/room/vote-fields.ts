// Without zod: the phone's vote form, a client component, imports these.

/** What participants vote on. Today one question: the body to contact first. */
export const VOTE_QUESTIONS = ["first"] as const;
export const FIRST_CONTACT_QUESTION = VOTE_QUESTIONS[0];

/** The vote form's field names, so the form, the server action and the API agree. */
export const VOTE_FIELDS = { question: "question", choice: "choice", voter: "voter" } as const;
