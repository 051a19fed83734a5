// Text from outside (feeds, pages, HTTP errors, files) is cleaned where it enters: control characters break
// XML feeds, PostgreSQL refuses NUL, and terminal escapes in a stored message would drive an operator's terminal.

// C0 controls but tab, LF and CR; DEL and the C1 block; lone surrogates; the two XML-forbidden noncharacters.
const CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without control characters (tab and line breaks kept) or broken surrogates: safe for XML, SQL, terminals. */
export function stripControls(s: string): string {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(s) ? s.replace(CONTROLS, '') : s;
}

/** One line of printable text: controls removed, line breaks and tabs become spaces, at most `max` characters. */
export function oneLine(s: string, max = 1000): string {
  const t = stripControls(s).replace(/[\t\r\n\u2028\u2029]+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Whether a string carries any character stripControls would remove. */
export function hasControls(s: string): boolean {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(s);
}
