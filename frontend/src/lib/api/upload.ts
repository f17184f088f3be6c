import { apiBaseUrl } from '@/config/env';
import { session } from '@/lib/auth/session';
import { sessionEnded } from './client';
import { ApiError, problemFromResponse } from './problem';

/**
 * POSTs a multipart form with the session's token, reporting the share sent so far (0–100): fetch cannot tell
 * an upload's progress, XMLHttpRequest can. A failed answer rejects with the API's problem, as the client does.
 */
export const uploadWithProgress = <T>(path: string, form: FormData, onProgress: (percent: number) => void) =>
  new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBaseUrl()}${path}`);
    const token = session.token();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(JSON.parse(xhr.responseText) as T);
      } else {
        // An upload outlasting the session leads back to login, as every other call does.
        if (xhr.status === 401) sessionEnded();
        void problemFromResponse(response).then((problem) => reject(new ApiError(problem)));
      }
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error' } as ApiError['problem']));
    xhr.send(form);
  });
