/** A standards-shaped .eml (multipart/alternative, UTF-8, base64) for captured mail. */
export function toEml(message: { id: string; from: string; to: string; subject: string; html: string; text: string; date: Date }): string {
  const boundary = `accord-${message.id}`;
  const b64 = (s: string) =>
    Buffer.from(s, "utf8")
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n");
  const header = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`);
  return [
    `From: ${header(message.from)}`,
    `To: ${message.to}`,
    `Subject: ${header(message.subject)}`,
    `Date: ${message.date.toUTCString()}`,
    `Message-ID: <${message.id}@accord.local>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(message.text),
    `--${boundary}`,
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(message.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
