import { listed } from '../cite/label';

/** "The thesis never mentions “Venezuela”." — why an abstention abstains (shared by the chat and the printed page). */
export function neverMentions(names: readonly string[]): string {
  return `The thesis never mentions ${listed(names.map((n) => `“${n}”`), ', ', ' or ')}.`;
}
