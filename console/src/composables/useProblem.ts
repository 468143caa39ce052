import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ProblemError } from '@/api/problem'

/**
 * A refused request shown where it belongs: validation errors beside their fields (fieldErrors), everything else
 * as the problem's message (message, and a toast when asked).
 */
export function useProblem(options: { toast?: boolean } = {}) {
  const fieldErrors = ref<Record<string, string>>({})
  const message = ref('')

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    fieldErrors.value = {}
    message.value = ''
    try {
      return (await action()) ?? (true as T)
    } catch (e) {
      if (e instanceof ProblemError) {
        fieldErrors.value = e.fieldErrors()
        message.value = e.message
      } else {
        message.value = e instanceof Error ? e.message : String(e)
      }
      if (options.toast) ElMessage.error(message.value)
      return undefined
    }
  }

  return { fieldErrors, message, run }
}
