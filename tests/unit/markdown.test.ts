import { describe, expect, it } from "vitest";
import { renderMarkdown } from "~/domain/knowledge/markdown";

describe("knowledge-base Markdown", () => {
  it("renders headings, lists, emphasis and code", () => {
    const html = renderMarkdown("## Steps\n\n1. Open **Orders**\n2. Click `Reorder`\n");
    expect(html).toContain("<h2>Steps</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>Orders</strong>");
    expect(html).toContain("<code>Reorder</code>");
  });

  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses script and data links and images", () => {
    for (const src of ["[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](vbscript:msgbox)", "[x](data:text/html;base64,PHNjcmlwdD4=)", "![x](data:image/svg+xml;base64,PHN2Zz4=)", "[x](//evil.example/)"]) {
      const html = renderMarkdown(src);
      expect(html, src).not.toMatch(/href="(?!https?:|\/[^/]|mailto:|#)/i);
      expect(html, src).not.toContain("<img");
    }
  });

  it("keeps http(s), mailto and site links; outside links open safely", () => {
    const html = renderMarkdown("[docs](https://example.com/a) [mail](mailto:help@example.com) [orders](/portal/orders)");
    expect(html).toContain('href="https://example.com/a" rel="noopener noreferrer nofollow" target="_blank"');
    expect(html).toContain('href="mailto:help@example.com"');
    expect(html).toContain('href="/portal/orders"');
    expect(html).not.toContain('href="/portal/orders" rel');
  });
});
