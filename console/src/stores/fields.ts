import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, data } from '@/api/client'

/** The field dictionary (技术领域), fetched once per session: the demand form, filters and labels use it. */
export const useFields = defineStore('fields', () => {
  const fields = ref<{ code: string; name: string; parentCode?: string }[]>([])
  const names = computed(() => new Map(fields.value.map((f) => [f.code, f.name])))
  let loading: Promise<void> | null = null

  function load() {
    loading ??= data(api.GET('/api/fields')).then((list) => void (fields.value = list))
    return loading
  }

  return { fields, names, load }
})
