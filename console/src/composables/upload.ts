import { authorizedFetch, currentAccessToken } from '@/api/client'
import { ProblemError, type Problem } from '@/api/problem'

/**
 * A multipart upload with its progress (fetch reports none): XMLHttpRequest with the login's token. Resolves with the
 * answer's JSON; a refusal rejects with its problem.
 */
export async function upload<T>(url: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  const token = await currentAccessToken()
  const body = new FormData()
  body.append('file', file)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    xhr.onload = () => {
      let json: unknown = null
      try { json = JSON.parse(xhr.responseText) } catch { /* an empty answer */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as T)
      else reject(new ProblemError({ status: xhr.status, ...(json as Partial<Problem>) }))
    }
    xhr.onerror = () => reject(new ProblemError({ status: 0, title: 'network error' }))
    xhr.send(body)
  })
}

/** Downloads an authorised file (an export, an attachment) and hands it to the browser as a download. */
export async function download(url: string, filename: string) {
  const response = await authorizedFetch(new Request(url))
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = filename
  link.click()
  URL.revokeObjectURL(link.href)
}
