/**
 * Small fetch wrapper for the prescribing panel: every answer becomes `{ok, data}` or
 * `{ok: false, error}` with the API's typed error (`{code, message, details}`), and a network
 * failure is an error too, never an exception in the UI.
 */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function api<T>(path: string, init: RequestInit & { json?: unknown; background?: boolean } = {}): Promise<ApiResult<T>> {
  const { json, background, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  if (background) headers.set("x-background-refresh", "1");
  let res: Response;
  try {
    res = await fetch(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    return { ok: false, error: { status: 0, code: "NETWORK", message: "Could not reach the server. Check your connection and try again.", details: {} } };
  }
  const body = (await res.json().catch(() => null)) as { error?: Partial<ApiError> } | T | null;
  if (res.ok) return { ok: true, data: body as T };
  const err = (body as { error?: Partial<ApiError> } | null)?.error;
  return {
    ok: false,
    error: { status: res.status, code: err?.code ?? `HTTP_${res.status}`, message: err?.message ?? "Something went wrong. Please try again.", details: (err?.details as Record<string, unknown>) ?? {} },
  };
}
