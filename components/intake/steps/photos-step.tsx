"use client";

import type { StepProps } from "../step-fields";
import { FileUploader } from "../file-uploader";

export function PhotosStep({ t, attachments }: StepProps) {
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold leading-tight">{t.photos.title}</h1>
      <p className="mb-2 text-lg">{t.photos.intro}</p>
      <p id="photos-hint" className="mb-5 text-muted">
        {t.photos.hint}
      </p>
      <div className="mb-8">
        <FileUploader t={t} initial={attachments} />
      </div>
    </>
  );
}
