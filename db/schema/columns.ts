import { bigint, timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key: random UUIDs, so ids cannot be guessed or enumerated. */
export const id = () => uuid().primaryKey().defaultRandom();

export const tstz = () => timestamp({ withTimezone: true, mode: "date" });

export const createdAt = () => tstz().notNull().defaultNow();

export const timestamps = {
  createdAt: createdAt(),
  updatedAt: tstz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Money is integer cents in the row's currency; bigint read as a JS number (safe below 2^53). */
export const money = () => bigint({ mode: "number" });
