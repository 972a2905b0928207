/** "The thesis never mentions “Venezuela”." — why an abstention abstains (shared by the chat and the printed page). */
export function neverMentions(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
  return `The thesis never mentions ${list}.`;
}
