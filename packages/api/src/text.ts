// Control characters in text people type or import: NUL cannot be stored in PostgreSQL text at
// all, and the others only garble a page or a CSV. Tabs, line breaks and carriage returns stay.

const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

export function stripControlCharacters(text: string): string {
  if (!hasControlCharacters(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isControl(text.charCodeAt(i))) out += text[i];
  return out;
}

/** The first control character of `text` as U+XXXX, for a message; null when there is none. */
export function firstControlCharacter(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}
