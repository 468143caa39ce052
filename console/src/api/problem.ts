/** An RFC 9457 problem as the services answer a refused request (conventions.md, Errors). */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  code?: string
  errors?: { field: string; message: string }[]
}

/** Thrown by the API client for every answer that is not 2xx; the message is the problem's (Chinese) detail. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
  }

  /** The validation messages by field name, for showing beside each field. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]))
  }
}

export async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text()
  try {
    const body = JSON.parse(text)
    if (body && typeof body === 'object') return { status: response.status, ...body }
  } catch {
    // not a problem document (a proxy's HTML page): the status is all there is
  }
  return { status: response.status, title: response.statusText }
}
