import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { usePagedList } from './usePagedList'

vi.mock('element-plus', () => ({ ElMessage: { error: vi.fn() } }))

describe('a paged list', () => {
  it('asks the server for exactly the page shown, once per page', async () => {
    const fetchPage = vi.fn(async (_f: { keyword: string }, page: number, size: number) => ({ items: [`${page}/${size}`], total: 45 }))
    const list = usePagedList(fetchPage, { keyword: '' })

    await list.load()
    list.page.value = 3
    await nextTick()
    await vi.waitFor(() => expect(list.items.value).toEqual(['3/20']))

    expect(fetchPage.mock.calls.map(([, page, size]) => [page, size])).toEqual([[1, 20], [3, 20]])
    expect(list.total.value).toBe(45)
  })

  it('starts a new search on the first page', async () => {
    const fetchPage = vi.fn(async () => ({ items: [], total: 0 }))
    const list = usePagedList(fetchPage, { keyword: '' })
    list.page.value = 4
    await nextTick()
    list.filters.keyword = '茶'
    await list.search()
    await nextTick()
    await vi.waitFor(() => expect(fetchPage).toHaveBeenLastCalledWith({ keyword: '茶' }, 1, 20))
  })
})
