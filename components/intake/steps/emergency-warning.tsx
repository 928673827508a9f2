import type { IntakeText } from "@/lib/i18n/intake";

/** Shown the moment an answer suggests an emergency; meaning carried by the heading and icon, not colour. */
export function EmergencyWarning({ t }: { t: IntakeText }) {
  return (
    <div role="alert" className="mb-6 border-l-8 border-danger bg-danger-light p-4">
      <p className="flex items-center gap-2 text-lg font-bold text-danger-dark">
        <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-full bg-danger text-base text-white">!</span>
        {t.emergencyWarning.title}
      </p>
      <p className="mt-1 text-ink">{t.emergencyWarning.body}</p>
    </div>
  );
}
