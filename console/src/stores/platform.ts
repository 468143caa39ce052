import { defineStore } from 'pinia'
import { ref } from 'vue'

/** What the gateway says about the platform: a sandbox (the embedded default) or the real thing, and its version. */
export const usePlatform = defineStore('platform', () => {
  const sandbox = ref(false)
  const version = ref('')

  async function load() {
    const response = await fetch('/api/platform')
    if (!response.ok) return
    const body = (await response.json()) as { sandbox: boolean; version: string }
    sandbox.value = body.sandbox
    version.value = body.version
  }

  return { sandbox, version, load }
})
