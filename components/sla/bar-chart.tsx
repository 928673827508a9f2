/** A labelled horizontal bar chart (SVG) with title, unit and axis; the table beside it is the text alternative. */
export function BarChart({ title, data, unit }: { title: string; data: { label: string; value: number | null }[]; unit: string }) {
  const max = Math.max(1, ...data.map((d) => d.value ?? 0));
  const rowH = 26;
  const labelW = 130;
  const width = 420;
  const barW = width - labelW - 60;
  const height = data.length * rowH + 28;
  return (
    <figure>
      <svg role="img" aria-label={`${title} (${unit})`} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-lg">
        {data.map((d, i) => {
          const w = ((d.value ?? 0) / max) * barW;
          const y = i * rowH + 4;
          return (
            <g key={d.label}>
              <text x={labelW - 6} y={y + 15} textAnchor="end" fontSize="12" fill="#212b32">{d.label.length > 18 ? `${d.label.slice(0, 17)}…` : d.label}</text>
              <rect x={labelW} y={y + 3} width={Math.max(0, w)} height={rowH - 10} rx="2" fill="#005eb8" />
              <text x={labelW + w + 4} y={y + 15} fontSize="12" fill="#212b32">{d.value === null ? "n/a" : d.value}</text>
            </g>
          );
        })}
        <line x1={labelW} x2={labelW + barW} y1={height - 22} y2={height - 22} stroke="#4c6272" />
        <text x={labelW} y={height - 6} fontSize="11" fill="#4c6272">0</text>
        <text x={labelW + barW} y={height - 6} fontSize="11" fill="#4c6272" textAnchor="end">{Math.round(max * 10) / 10} {unit}</text>
      </svg>
      <figcaption className="sr-only">{title}, in {unit}. The table has the same data.</figcaption>
    </figure>
  );
}
