import { reactive, ref, watch, type Ref } from 'vue'
import { useProblem } from './useProblem'

export interface Page<T> {
  items: T[]
  total: number
}

/**
 * The search form above a server-side paged table: the filters, the page and its size; exactly one request per
 * page shown (the server pages, sorts and filters).
 */
export function usePagedList<T, F extends object>(
  fetchPage: (filters: F, page: number, size: number) => Promise<Page<T>>,
  initial: F,
  size = 20,
) {
  const filters = reactive({ ...initial }) as F
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(size)
  const loading = ref(false)
  const { message, run } = useProblem({ toast: true })

  async function load() {
    loading.value = true
    const result = await run(() => fetchPage(filters as F, page.value, pageSize.value))
    loading.value = false
    if (result) {
      items.value = result.items
      total.value = result.total
    }
  }

  /** A new search starts on the first page. */
  function search() {
    if (page.value === 1) return load()
    page.value = 1
  }

  function reset() {
    Object.assign(filters, initial)
    return search()
  }

  watch([page, pageSize], load)

  return { filters, items, total, page, pageSize, loading, message, load, search, reset }
}
