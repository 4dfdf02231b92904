// An unknown or expired projector address says what an unknown control link says: the session has ended, start a new one.
export { default } from "../../styr/[token]/not-found";
