/** "Tue, Nov 24, 10:00 AM EST": a due time as the customer reads it, in the desk's time zone. */
export function formatInTimeZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }).format(instant);
}
