export function Logo({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <path d="M9 22.5 15 9h2l6 13.5h-3.1l-1.3-3.1h-5.3l-1.3 3.1H9Zm5.3-5.6h3.4L16 12.6l-1.7 4.3Z" fill="white" />
    </svg>
  );
}
