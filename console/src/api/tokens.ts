/** The login's tokens, kept in localStorage so that a reload stays signed in. */
export interface TokenPair {
  accessToken: string
  refreshToken: string
  expiresIn: number
}

const KEY = 'gxh.tokens'

export interface StoredTokens {
  access: string
  refresh: string
  /** epoch milliseconds when the access token expires */
  expiresAt: number
}

export function storeTokens(pair: TokenPair, now = Date.now()): StoredTokens {
  const stored = { access: pair.accessToken, refresh: pair.refreshToken, expiresAt: now + pair.expiresIn * 1000 }
  localStorage.setItem(KEY, JSON.stringify(stored))
  return stored
}

export function loadTokens(): StoredTokens | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null')
  } catch {
    return null
  }
}

export function clearTokens() {
  localStorage.removeItem(KEY)
}

/** Refreshed this long before it expires, so that no request is sent with a token about to die. */
export const REFRESH_MARGIN_MS = 60_000

export function needsRefresh(tokens: StoredTokens, now = Date.now()) {
  return tokens.expiresAt - now < REFRESH_MARGIN_MS
}
