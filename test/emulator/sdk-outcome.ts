/** What a call through the SDK came back with, whether it resolved (2xx) or rejected (non-2xx). */
export type Outcome = {
  status: number;
  code: number;
  msg: string;
  headers: Record<string, string>;
  data: unknown;
};

type AxiosLike = {
  response?: { status: number; headers: Record<string, string>; data: { code: number; msg: string } };
};

/** Runs an SDK call; a 2xx resolves with the body (status 200), a non-2xx rejects with AxiosError. */
export async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    const body = (await call) as { code: number; msg: string; data?: unknown };
    return { status: 200, code: body.code, msg: body.msg, headers: {}, data: body.data };
  } catch (err) {
    const response = (err as AxiosLike).response;
    if (response === undefined) throw err;
    return {
      status: response.status,
      code: response.data.code,
      msg: response.data.msg,
      headers: response.headers,
      data: undefined,
    };
  }
}
