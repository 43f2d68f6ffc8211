// Text that goes into ECharts' HTML tooltips: names come from the API (program names may hold
// "&" or "<"), so they are escaped before ECharts sets them as innerHTML.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** One tooltip line: a colour mark, a name and a value. */
export function tooltipLine(color: string, name: string, value: string): string {
  const mark = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
  return `<div>${mark}${escapeHtml(name)}: <b>${escapeHtml(value)}</b></div>`;
}
