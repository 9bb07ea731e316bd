import MarkdownIt from "markdown-it";

/**
 * Knowledge-base Markdown to HTML, safe to put on a page: raw HTML in the
 * source is escaped (html: false), links and images only to http(s), mailto
 * and our own paths (markdown-it refuses javascript:, vbscript:, file: and
 * data: except images; we narrow images to http(s) and paths too), and
 * links that leave the site open without handing over the page (rel).
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
md.validateLink = (url) => SAFE_URL.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx].attrGet("href") ?? "";
  if (/^https?:\/\//i.test(href)) {
    tokens[idx].attrSet("rel", "noopener noreferrer nofollow");
    tokens[idx].attrSet("target", "_blank");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}
