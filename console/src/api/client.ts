import createClient from 'openapi-fetch'
import type { paths as OrgPaths } from './generated/org-service'
import type { paths as DemandPaths } from './generated/demand-service'
import type { paths as ExpertPaths } from './generated/expert-service'
import type { paths as EnterprisePaths } from './generated/enterprise-service'
import type { paths as ScorePaths } from './generated/score-service'
import type { paths as NotifyPaths } from './generated/notify-service'
import { ProblemError, problemOf } from './problem'
import { clearTokens, loadTokens, needsRefresh, storeTokens, type StoredTokens, type TokenPair } from './tokens'
import { i18n } from '@/i18n'

/** Every path of the platform, as the services' OpenAPI documents describe them (npm run api:types). */
export type Paths = OrgPaths & DemandPaths & ExpertPaths & EnterprisePaths & ScorePaths & NotifyPaths

let refreshing: Promise<StoredTokens | null> | null = null
let onSignedOut: () => void = () => {}

/** What to do when the login is gone for good (refresh refused): the router sends the user to the login page. */
export function whenSignedOut(handler: () => void) {
  onSignedOut = handler
}

/** One refresh at a time: requests arriving meanwhile wait for it instead of spending the refresh token twice. */
function refreshTokens(tokens: StoredTokens): Promise<StoredTokens | null> {
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: tokens.refresh }),
  })
    .then(async (r) => (r.ok ? storeTokens((await r.json()) as TokenPair) : null))
    .catch(() => null)
    .finally(() => (refreshing = null))
  return refreshing
}

/** The access token to send now, refreshed first when it is about to expire (uploads use it with XMLHttpRequest). */
export async function currentAccessToken(): Promise<string | null> {
  let tokens = loadTokens()
  if (tokens && needsRefresh(tokens)) tokens = await refreshTokens(tokens)
  return tokens?.access ?? null
}

/**
 * The browser's fetch with the login: the bearer token (refreshed silently shortly before it expires, and once more
 * when a request is refused as unauthenticated), the language of the messages, and problems turned into errors.
 */
export async function authorizedFetch(input: Request): Promise<Response> {
  let tokens = loadTokens()
  if (tokens && needsRefresh(tokens)) tokens = await refreshTokens(tokens)
  const send = (t: StoredTokens | null) => {
    const request = input.clone()
    request.headers.set('Accept-Language', i18n.global.locale.value === 'en' ? 'en' : 'zh-CN')
    if (t) request.headers.set('Authorization', `Bearer ${t.access}`)
    return fetch(request)
  }
  let response = await send(tokens)
  if (response.status === 401 && tokens) {
    tokens = await refreshTokens(tokens)
    if (tokens) response = await send(tokens)
    if (response.status === 401) {
      clearTokens()
      onSignedOut()
    }
  }
  if (!response.ok) throw new ProblemError(await problemOf(response))
  return response
}

/** A form's field left empty is not sent: the API reads an absent optional field as "none", "" as a malformed value. */
export const withoutBlanks = (body: unknown) => JSON.stringify(body, (_key, value) => (value === '' ? undefined : value))

// Filter and page objects go flat into the query (?status=DOCKING&page=2&size=20), as Spring binds them.
export const api = createClient<Paths>({
  fetch: authorizedFetch,
  querySerializer: { object: { style: 'form', explode: true } },
  bodySerializer: withoutBlanks,
})

/** The data of an openapi-fetch answer; errors were already thrown by authorizedFetch. */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T
}
