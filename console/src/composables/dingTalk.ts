/** The DingTalk JSAPI as the workbench injects it (dd.runtime.permission.requestAuthCode). */
interface DingTalkJsApi {
  runtime: { permission: { requestAuthCode(options: { corpId?: string; onSuccess(r: { code: string }): void; onFail(e: unknown): void }): void } }
}

/**
 * The one-tap login's auth code. The JSAPI script is loaded only inside DingTalk, from DingTalk's own CDN, which the
 * workbench always reaches.
 */
export async function dingTalkAuthCode(): Promise<string> {
  const dd = await loadJsApi()
  return new Promise((resolve, reject) =>
    dd.runtime.permission.requestAuthCode({ onSuccess: (r) => resolve(r.code), onFail: reject }),
  )
}

function loadJsApi(): Promise<DingTalkJsApi> {
  const existing = (window as unknown as { dd?: DingTalkJsApi }).dd
  if (existing) return Promise.resolve(existing)
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = 'https://g.alicdn.com/dingding/dingtalk-jsapi/3.0.25/dingtalk.open.js'
    script.onload = () => resolve((window as unknown as { dd: DingTalkJsApi }).dd)
    script.onerror = reject
    document.head.appendChild(script)
  })
}
