import { describe, expect, it } from 'vitest'
import { ProblemError, problemOf } from './problem'

describe('a refused request', () => {
  it('carries the problem\'s Chinese message and the validation messages by field', async () => {
    const response = new Response(JSON.stringify({
      status: 400, code: 'VALIDATION_FAILED', detail: '请求参数校验失败',
      errors: [{ field: 'title', message: '不能为空' }, { field: 'admin.phone', message: '手机号格式不正确' }],
    }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })

    const error = new ProblemError(await problemOf(response))

    expect(error.message).toBe('请求参数校验失败')
    expect(error.fieldErrors()).toEqual({ title: '不能为空', 'admin.phone': '手机号格式不正确' })
  })

  it('still says something when the answer is not a problem document', async () => {
    const error = new ProblemError(await problemOf(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })))
    expect(error.message).toBe('Bad Gateway')
    expect(error.fieldErrors()).toEqual({})
  })
})

describe('a form sent to the API', () => {
  it('leaves out the optional fields left empty', async () => {
    const { withoutBlanks } = await import('./client')
    expect(JSON.parse(withoutBlanks({ name: '总部', contactPhone: '', admin: { position: '' }, tags: [] }))).toEqual({ name: '总部', admin: {}, tags: [] })
  })
})
