/**
 * Saves text as a file through the browser (both hosts run the renderer in a browser engine):
 * a Blob and an `<a download>`, so the person's own download settings decide where it goes.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
