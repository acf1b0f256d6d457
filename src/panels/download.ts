/** Saves text as a file the browser downloads (a Blob behind a temporary link). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by then; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
