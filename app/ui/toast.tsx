import { useEffect, useState } from "react";
import { cx } from "./cx";

/** The message after a mutation that redirected; announced politely, fades after a few seconds. */
export function Toast({ message, tone = "success" }: { message: string; tone?: "success" | "error" }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(false), 6000);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <div className="no-print pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <div
        role="status"
        className={cx(
          "pointer-events-auto flex items-center gap-3 rounded-lg px-4 py-3 text-sm font-medium shadow-lg ring-1",
          tone === "success" ? "bg-slate-900 text-white ring-slate-800" : "bg-red-700 text-white ring-red-800",
        )}
      >
        <span>{message}</span>
        <button type="button" onClick={() => setVisible(false)} className="rounded px-1 text-white/70 hover:text-white" aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}
