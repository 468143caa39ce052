// The monitoring's charts as ECharts options: a bar per label (rankings, cities) and lines over months (the trend).
// Pure functions of the figures, so that what a chart shows is tested without a canvas.

const GRID = { left: 8, right: 8, bottom: 8, top: 36, containLabel: true }
const TITLE = (text: string) => ({ text, textStyle: { fontSize: 14 } })
const categories = (labels: string[]) => ({ type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0 } })

export interface Series {
  name: string
  values: number[]
}

export function barOption(title: string, labels: string[], values: number[]) {
  return {
    title: TITLE(title),
    tooltip: {},
    grid: GRID,
    xAxis: categories(labels),
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1d4ed8' } }],
  }
}

export function lineOption(title: string, labels: string[], series: Series[]) {
  return {
    title: TITLE(title),
    tooltip: { trigger: 'axis' },
    legend: { top: 0, right: 0 },
    grid: GRID,
    xAxis: categories(labels),
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values })),
  }
}

/** Rows of figures (one per month, say) as one series per chosen column, each named for the legend. */
export function seriesOf<R>(rows: R[], columns: (keyof R & string)[], name: (column: string) => string): Series[] {
  return columns.map((column) => ({ name: name(column), values: rows.map((row) => Number(row[column])) }))
}
