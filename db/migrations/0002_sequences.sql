-- Human-readable numbers for accounts, orders, quotes and tickets.
CREATE SEQUENCE IF NOT EXISTS account_number_seq START WITH 10001;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS order_number_seq START WITH 100001;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS quote_number_seq START WITH 5001;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS ticket_number_seq START WITH 10001;
