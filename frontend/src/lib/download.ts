/** The two download formats every list and report offers. */
export type ExportFormat = 'csv' | 'xlsx';

/** The file name the server gives in Content-Disposition, else the fallback. */
export const fileNameOf = (disposition: string | null, fallback: string) => {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
};

/** Hands a blob to the browser as a download through a temporary link. */
export const saveBlob = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * Saves an export fetched with the generated client (`parseAs: 'blob'`, so it carries the session's token and a
 * failed answer throws the API's problem), named as the server names it. Returns the file name.
 */
export const saveDownload = async (call: Promise<{ data?: unknown; response: Response }>, fallback: string) => {
  const { data, response } = await call;
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  saveBlob((data as Blob | undefined) ?? new Blob([]), name);
  return name;
};

/** Export column headers follow the UI's language (the API defaults to Vietnamese). */
export const exportLanguage = (lng: string) => ({ 'Accept-Language': lng === 'en' ? 'en' : 'vi' });
