import { describe, expect, it } from 'vitest'
import { barOption, lineOption, seriesOf } from './charts'

const months = [
  { month: '2026-01', points: 12, deals: 1, demandsDocked: 3 },
  { month: '2026-02', points: 0, deals: 0, demandsDocked: 0 },
  { month: '2026-03', points: 7, deals: 2, demandsDocked: 1 },
]

describe('the monitoring charts', () => {
  it('draws one line per chosen measure over every month, a quiet month as zero', () => {
    const series = seriesOf(months, ['points', 'deals'], (m) => `«${m}»`)
    expect(series).toEqual([{ name: '«points»', values: [12, 0, 7] }, { name: '«deals»', values: [1, 0, 2] }])
    const option = lineOption('逐月趋势', months.map((m) => m.month), series)
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(option.series).toEqual([
      { type: 'line', name: '«points»', data: [12, 0, 7] },
      { type: 'line', name: '«deals»', data: [1, 0, 2] },
    ])
  })

  it('draws a bar per label and slants the labels only when many share the axis', () => {
    expect(barOption('各市积分', ['杭州市', '丽水市'], [5, 3]).series[0].data).toEqual([5, 3])
    expect(barOption('各市积分', ['杭州市', '丽水市'], [5, 3]).xAxis.axisLabel.rotate).toBe(0)
    expect(barOption('排名', ['a', 'b', 'c', 'd', 'e', 'f'], [6, 5, 4, 3, 2, 1]).xAxis.axisLabel.rotate).toBe(30)
  })
})
