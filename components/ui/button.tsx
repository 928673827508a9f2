import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-ok text-white shadow-[0_3px_0_#00401e] hover:bg-[#00662f] disabled:bg-[#7fbf9d] disabled:shadow-none",
  secondary: "bg-white text-brand border-2 border-brand hover:bg-brand-light disabled:opacity-50",
  danger: "bg-danger text-white shadow-[0_3px_0_#6b140d] hover:bg-danger-dark disabled:opacity-50",
  ghost: "bg-transparent text-brand underline underline-offset-4 hover:text-brand-dark disabled:opacity-50",
};

export function buttonClass(variant: Variant = "primary", size: "md" | "sm" = "md") {
  const pad = size === "sm" ? "px-3 py-1.5 text-sm" : "px-5 py-3 text-base";
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md font-semibold transition-colors disabled:cursor-not-allowed ${pad} ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  busy,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "md" | "sm"; busy?: boolean }) {
  return (
    <button {...props} aria-busy={busy || undefined} disabled={props.disabled || busy} className={`${buttonClass(variant, size)} ${className}`}>
      {busy && <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}
