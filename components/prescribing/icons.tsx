/** Inline SVG icons for prescribing screens (same style as the rest of the app: 24px, currentColor, aria-hidden). */
const base = (className = "h-4 w-4") => ({ "aria-hidden": true, viewBox: "0 0 24 24", className: `inline-block shrink-0 ${className}`, fill: "currentColor" });

export const StopIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M8.3 2h7.4L22 8.3v7.4L15.7 22H8.3L2 15.7V8.3L8.3 2zm2.7 5v7h2V7h-2zm0 9v2h2v-2h-2z" /></svg>
);
export const WarningIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z" /></svg>
);
export const CheckIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z" /></svg>
);
export const ClockIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5v5.4l4.2 2.5-.8 1.3L11 13V7h2z" /></svg>
);
export const InfoIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2V7zm0 4h2v6h-2v-6z" /></svg>
);
export const PhoneIcon = ({ className }: { className?: string }) => (
  <svg {...base(className)}><path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.58a1 1 0 0 1-.25 1z" /></svg>
);
