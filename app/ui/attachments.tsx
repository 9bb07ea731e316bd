import { formatBytes } from "./format";

export type AttachmentLink = { id: string; fileName: string; contentType: string; sizeBytes: number };

/** A message's files: images as thumbnails, PDFs as links; served only through the scoped file route. */
export function AttachmentList({ files, base }: { files: AttachmentLink[]; base: string }) {
  if (!files.length) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-3" aria-label="Attachments">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`${base}/${f.id}`} className="group flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ring-1 ring-slate-200 hover:bg-slate-50" target={f.contentType.startsWith("image/") ? "_blank" : undefined} rel="noreferrer">
            {f.contentType.startsWith("image/") ? (
              <img src={`${base}/${f.id}`} alt="" className="h-10 w-10 rounded object-cover ring-1 ring-slate-200" loading="lazy" />
            ) : (
              <span aria-hidden className="flex h-10 w-10 items-center justify-center rounded bg-red-50 text-xs font-semibold text-red-700 ring-1 ring-red-100">PDF</span>
            )}
            <span>
              <span className="block font-medium text-brand-700 group-hover:underline">{f.fileName}</span>
              <span className="block text-xs text-slate-500">{formatBytes(f.sizeBytes)}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The file picker for ticket forms (the form must be multipart). */
export function AttachmentInput({ id = "attachments", maxMb }: { id?: string; maxMb: number }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">Attachments (optional)</label>
      <input id={id} name="attachments" type="file" multiple accept="image/png,image/jpeg,image/gif,image/webp,application/pdf" className="mt-1.5 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200" />
      <p className="mt-1 text-xs text-slate-500">Photos or PDFs, up to 5 files of {maxMb} MB each.</p>
    </div>
  );
}
