// Saves a file the page made (a template, an error list) through a temporary link: no server
// round trip, and the browser names the file as given.

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL can go after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark, or Excel reads "Nº" and names with accents as
 * Windows-1252. A text that already starts with one (the API's templates do) keeps just that one.
 */
export function csvBlob(text: string): Blob {
  return new Blob([text.startsWith('\ufeff') ? text : `\ufeff${text}`], { type: 'text/csv;charset=utf-8' });
}
