// ECharts with only the parts the pages use (bar, line and radar charts, grid, tooltip, legend), so the bundle does
// not carry the whole library. A small wrapper instead of echarts-for-react: init on mount, set the
// option when it changes, follow the container's size, dispose on unmount.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, LineChart, RadarChart, GridComponent, RadarComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export function Chart({ option, height, label }: { option: EChartsOption; height: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const c = echarts.init(el.current!);
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current!);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);
  return <div ref={el} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
