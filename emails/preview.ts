// `npm run email:preview`: every template rendered with its PreviewProps, HTML and plain text.
import { createServer } from "node:http";
import { renderEmail, TEMPLATES } from "./templates";

const port = Number(process.env.EMAIL_PREVIEW_PORT ?? 3001);
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://localhost:${port}`);
  const [, name, format] = url.pathname.split("/");
  try {
    if (name && name in TEMPLATES) {
      const template = TEMPLATES[name as keyof typeof TEMPLATES];
      const email = await renderEmail(name, template.default.PreviewProps);
      if (format === "text") {
        res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" }).end(`Subject: ${email.subject}\n\n${email.text}`);
      } else if (format === "html") {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(email.html);
      } else {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(
          `<!doctype html><meta charset="utf-8"><title>${escape(name)}</title><body style="font-family:system-ui;margin:0;display:flex;height:100vh">` +
            `<nav style="width:16rem;padding:1rem;border-right:1px solid #e2e8f0;overflow:auto">${index(name)}</nav>` +
            `<main style="flex:1;display:flex;flex-direction:column"><p style="padding:.75rem 1rem;margin:0;border-bottom:1px solid #e2e8f0"><b>Subject:</b> ${escape(email.subject)} · <a href="/${name}/text">plain text</a></p>` +
            `<iframe sandbox src="/${name}/html" style="flex:1;border:0"></iframe></main></body>`,
        );
      }
      return;
    }
    res.writeHead(name ? 404 : 200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html><meta charset="utf-8"><title>Accord e-mails</title><body style="font-family:system-ui;padding:1rem">${name ? `<p>No template "${escape(name)}".</p>` : ""}${index()}</body>`);
  } catch (error) {
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(String((error as Error).stack ?? error));
  }
});

function index(current?: string) {
  return `<h1 style="font-size:1rem">Accord e-mails</h1><ul style="padding-left:1rem;line-height:1.8">${Object.keys(TEMPLATES)
    .map((n) => `<li><a href="/${n}"${n === current ? ' style="font-weight:700"' : ""}>${n}</a></li>`)
    .join("")}</ul>`;
}

server.listen(port, () => console.log(`E-mail previews at http://localhost:${port}`));
