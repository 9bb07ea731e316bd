import { Fragment } from "react";
import { MARK_END, MARK_START } from "~search/types";

/** Text with the search engine's match markers rendered as <mark>, without any HTML from the index. */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part.replaceAll(MARK_END, "")}</Fragment>;
        const end = part.indexOf(MARK_END);
        const marked = end === -1 ? part : part.slice(0, end);
        const rest = end === -1 ? "" : part.slice(end + 1).replaceAll(MARK_END, "");
        return (
          <Fragment key={i}>
            <mark className="rounded-sm bg-amber-100 px-0.5 text-inherit">{marked}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
