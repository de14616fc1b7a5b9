// How long to wait before opening the event stream again after the server refused or dropped it.
const FIRST_DELAY_MS = 5_000;
const LONGEST_DELAY_MS = 60_000;

/** Doubles with each refusal in a row, so a server that keeps saying no (signed out, down) is not pressed. */
export function reopenDelay(refusalsInARow: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, refusalsInARow - 1), LONGEST_DELAY_MS);
}
