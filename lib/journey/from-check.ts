/** The query parameter that marks a question opened with Change on check your answers: its Back link returns there. */
export const FROM_CHECK = { name: "fra", value: "tjek" } as const;

export const isFromCheck = (value: string | undefined) => value === FROM_CHECK.value;
