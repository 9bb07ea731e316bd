import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { ticketAttachments, ticketMessages, tickets } from "~db/schema";
import type { UserActor } from "~/auth/actor";
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { env } from "~/env.server";
import { DomainError, notFound } from "~/domain/errors";
import { customerTicketScope } from "./tickets.server";

export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

/** What we accept, recognised by the file's first bytes — never by its name or the browser's word. */
const SIGNATURES: { type: string; extension: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", extension: "png", matches: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v) },
  { type: "image/jpeg", extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", extension: "gif", matches: (b) => ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a" },
  { type: "image/webp", extension: "webp", matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
  { type: "application/pdf", extension: "pdf", matches: (b) => ascii(b, 0, 5) === "%PDF-" },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

export function sniffType(bytes: Uint8Array): { type: string; extension: string } | null {
  const found = SIGNATURES.find((s) => s.matches(bytes));
  return found ? { type: found.type, extension: found.extension } : null;
}

/** A file name that is safe to show and to put in a Content-Disposition header. */
export function safeFileName(name: string, extension: string): string {
  const base = path
    .basename(name.replaceAll("\\", "/"))
    .replace(/\.[^.]*$/, "")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .trim()
    .slice(0, 100);
  return `${base || "attachment"}.${extension}`;
}

export type StoredFile = { storageKey: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

function storagePath(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("Bad attachment key");
  return path.resolve(env().ATTACHMENT_DIR, key.slice(0, 2), key);
}

/** Files a form sent (empty file inputs are skipped). */
export function uploadedFiles(form: FormData, field = "attachments"): File[] {
  return form.getAll(field).filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && v.size > 0);
}

/**
 * Checks and keeps uploaded files before the database hears of them: type by
 * content (images and PDF), size, count. Stored under random keys, never a
 * name the uploader chose. If the caller's transaction fails, it discards them.
 */
export async function storeUploads(files: File[]): Promise<StoredFile[]> {
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new DomainError("invalid", `Attach at most ${MAX_ATTACHMENTS_PER_MESSAGE} files at a time.`, "attachments");
  const max = env().MAX_ATTACHMENT_BYTES;
  const checked = await Promise.all(
    files.map(async (file) => {
      if (file.size > max) throw new DomainError("invalid", `${file.name} is larger than ${Math.round(max / 1_048_576)} MB.`, "attachments");
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = sniffType(bytes);
      if (!kind) throw new DomainError("invalid", `${file.name} is not an image (PNG, JPEG, GIF, WebP) or a PDF.`, "attachments");
      return { bytes, kind, name: file.name };
    }),
  );
  const stored: StoredFile[] = [];
  try {
    for (const { bytes, kind, name } of checked) {
      const storageKey = randomUUID();
      const target = storagePath(storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(`${target}.part`, bytes, { mode: 0o600 });
      await rename(`${target}.part`, target);
      stored.push({ storageKey, fileName: safeFileName(name, kind.extension), contentType: kind.type, sizeBytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    }
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}

export async function discardUploads(stored: StoredFile[]): Promise<void> {
  await Promise.all(stored.map((f) => rm(storagePath(f.storageKey), { force: true })));
}

/** Links kept files to a message, inside the caller's transaction. */
export async function attachToMessage(tx: Executor, message: { accountId: string; ticketId: string; messageId: string }, stored: StoredFile[]): Promise<void> {
  if (!stored.length) return;
  await tx.insert(ticketAttachments).values(stored.map((f) => ({ ...f, accountId: message.accountId, ticketId: message.ticketId, messageId: message.messageId })));
}

/** Runs `work` with the files kept; if it throws, the files go too: nothing half-written. */
export async function withUploads<T>(files: File[], work: (stored: StoredFile[]) => Promise<T>): Promise<T> {
  const stored = await storeUploads(files);
  try {
    return await work(stored);
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
}

export type AttachmentSummary = { id: string; messageId: string | null; fileName: string; contentType: string; sizeBytes: number };

/** The attachments of the given messages, for a thread. */
export async function attachmentsOf(messageIds: string[]): Promise<AttachmentSummary[]> {
  if (!messageIds.length) return [];
  return getDb()
    .select({ id: ticketAttachments.id, messageId: ticketAttachments.messageId, fileName: ticketAttachments.fileName, contentType: ticketAttachments.contentType, sizeBytes: ticketAttachments.sizeBytes })
    .from(ticketAttachments)
    .where(inArray(ticketAttachments.messageId, messageIds))
    .orderBy(asc(ticketAttachments.createdAt));
}

/**
 * One attachment's bytes, for someone who may see it: staff any; a customer
 * only on a ticket in their scope and on a public message. Everything else is
 * "not found" — the same answer as a key that does not exist.
 */
export async function readAttachment(actor: UserActor, ticketNumber: number, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) throw notFound("That file");
  const customer = actor.kind === "customer";
  const [row] = await getDb()
    .select({ a: ticketAttachments })
    .from(ticketAttachments)
    .innerJoin(tickets, eq(tickets.id, ticketAttachments.ticketId))
    .leftJoin(ticketMessages, eq(ticketMessages.id, ticketAttachments.messageId))
    .where(
      and(
        eq(ticketAttachments.id, attachmentId),
        eq(tickets.number, ticketNumber),
        customer ? customerTicketScope(actor) : undefined,
        customer ? eq(ticketMessages.visibility, "public") : undefined,
      ),
    )
    .limit(1);
  if (!row) throw notFound("That file");
  const bytes = await readFile(storagePath(row.a.storageKey)).catch(() => {
    throw notFound("That file");
  });
  return { fileName: row.a.fileName, contentType: row.a.contentType, bytes };
}

/** The HTTP answer for an attachment: images inline, PDFs as downloads, never scripted (nosniff comes with every response, see app/server/http.ts). */
export function attachmentResponse(file: { fileName: string; contentType: string; bytes: Buffer }): Response {
  const inline = file.contentType.startsWith("image/");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_").replaceAll('"', "")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, max-age=300",
    },
  });
}

/**
 * Reads a page's form, multipart (with files, each at most the attachment
 * limit, kept in memory until checked) or urlencoded.
 */
export async function readTicketForm(request: Request): Promise<FormData> {
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) return request.formData();
  try {
    return await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: env().MAX_ATTACHMENT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new DomainError("invalid", `Each file can be at most ${Math.round(env().MAX_ATTACHMENT_BYTES / 1_048_576)} MB.`, "attachments");
    throw error;
  }
}
