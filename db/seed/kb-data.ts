/** Knowledge-base articles of the demo supplier: real-sounding answers to what B2B buyers ask. */

export type KbCategorySeed = { slug: string; name: string; description: string };
export type ArticleSeed = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: string;
  tags: string[];
  visibility: "public" | "customers" | "internal";
};

export const KB_CATEGORIES: KbCategorySeed[] = [
  { slug: "ordering", name: "Ordering", description: "Placing orders, quick order, quotes, approvals and PO numbers." },
  { slug: "invoices", name: "Invoices & payments", description: "Invoices, payment terms, credit limits and tax." },
  { slug: "shipping", name: "Shipping & delivery", description: "Carriers, tracking, delivery times and damaged shipments." },
  { slug: "returns", name: "Returns & warranty", description: "Returning goods, warranty claims and credit notes." },
  { slug: "account", name: "Your account", description: "Portal users, roles, passwords and company details." },
  { slug: "installation", name: "Installation", description: "Fitting and commissioning our products correctly." },
  { slug: "troubleshooting", name: "Troubleshooting", description: "Symptoms, causes and fixes for common problems." },
  { slug: "product-care", name: "Product care & storage", description: "Storage, shelf life, handling and selection guides." },
  { slug: "support-procedures", name: "Support procedures", description: "How our support team handles cases (staff only)." },
];

const general: ArticleSeed[] = [
  {
    slug: "how-to-place-an-order",
    title: "How to place an order in the customer portal",
    summary: "From catalog to confirmation in four steps, with your contract prices applied automatically.",
    category: "ordering",
    tags: ["ordering", "portal", "checkout"],
    visibility: "public",
    body: `Every price you see in the portal is **your** price: your account's price list, and any price we have agreed for your company, are applied before anything reaches your cart.

## Steps
1. Open **Catalog**, browse a category or search by name or SKU.
2. Enter a quantity and choose **Add to cart**. The cart is kept on our side, so it is still there the next time you sign in.
3. Open the cart and choose **Checkout**. Pick a shipping address, enter your PO number and, if you need it, a requested delivery date.
4. Choose **Place order**. You see the confirmation page straight away and receive a confirmation e-mail within a minute.

## Good to know
- Clicking **Place order** twice never creates two orders.
- If the order would take your account past its credit limit, it is placed **on hold** and our credit team contacts you the same working day.
- Requesters' orders go to an account admin for approval first.`,
  },
  {
    slug: "quick-order-by-sku",
    title: "Quick order: paste SKUs and quantities",
    summary: "Reorder dozens of lines at once by typing or pasting SKU, quantity pairs.",
    category: "ordering",
    tags: ["ordering", "quick order", "sku"],
    visibility: "public",
    body: `Quick order is the fastest way to order when you know what you need.

Type or paste one line per product in the form \`SKU, quantity\`, for example:

\`\`\`
FAS-HB-M8x25-ZP, 10
BEA-DGB-6204-2RS, 24
\`\`\`

Tabs and semicolons work as separators too, so you can paste straight from a spreadsheet. Lines with an unknown SKU are listed back to you with the reason; nothing is dropped silently. Everything else goes into your cart at your contract prices.`,
  },
  {
    slug: "po-numbers",
    title: "Adding your purchase order (PO) number",
    summary: "Where to enter a PO number, and why some accounts must.",
    category: "ordering",
    tags: ["po number", "checkout", "invoices"],
    visibility: "public",
    body: `Enter your purchase order number at checkout in the **PO number** field. It is printed on the order confirmation, the packing slip and the invoice, so your accounts payable team can match them.

If your company told us that every order needs a PO, the field is required and checkout explains that when it is empty. You can search your order history by PO number under **Orders**.`,
  },
  {
    slug: "requesting-a-quote",
    title: "Requesting a quote for large or special orders",
    summary: "Ask for project pricing from your cart; accept the quote and it becomes an order.",
    category: "ordering",
    tags: ["quotes", "pricing"],
    visibility: "customers",
    body: `For large volumes, project work or anything you would like priced individually, request a quote instead of ordering.

1. Put the products in your cart.
2. Choose **Request a quote** and tell us about the project, quantities or delivery schedule.
3. Your account team prices each line, usually within one working day, and you get an e-mail when the quote is ready.
4. Open the quote and choose **Accept** to turn it into an order at the quoted prices, or **Decline** with a reason.

Quotes are valid until the date shown on them. An expired quote cannot be accepted; request a new one from the quote page.`,
  },
  {
    slug: "order-approvals",
    title: "How order approvals work",
    summary: "Requesters and buyers above their spending limit need an account admin's approval.",
    category: "ordering",
    tags: ["approvals", "roles", "spending limit"],
    visibility: "customers",
    body: `Your company decides who may order freely.

- **Requesters** can build carts and submit orders, but every order waits for approval.
- **Buyers** order directly, unless the order is above their personal spending limit.
- **Admins** approve or reject waiting orders and manage colleagues.

Admins see waiting orders on the portal home page and under **Orders → Awaiting approval**. Rejections need a reason, which the requester receives by e-mail. Approved orders are released to us immediately.`,
  },
  {
    slug: "cancel-or-change-an-order",
    title: "Cancelling or changing an order",
    summary: "Cancel in the portal until picking starts; after that, contact support.",
    category: "ordering",
    tags: ["cancel", "orders"],
    visibility: "public",
    body: `You can cancel an order yourself from the order page while its status is **Submitted**, **On hold** or **Confirmed**. Once the warehouse has started **picking**, the goods may already be packed: open a ticket from the order page and we will do our best to stop it.

To change quantities, cancel the order and use **Reorder**, which puts the same lines back in your cart at today's prices.`,
  },
  {
    slug: "reorder-from-history",
    title: "Reordering from your order history",
    summary: "Put a previous order's lines back in your cart with one click.",
    category: "ordering",
    tags: ["reorder", "orders"],
    visibility: "public",
    body: `Open **Orders**, find the order (filter by date, status or PO number), and choose **Reorder**. All lines that are still sold go back into your cart at **today's** prices; discontinued products are listed so you can pick a replacement. Review the cart and check out as usual.`,
  },
  {
    slug: "understanding-your-invoice",
    title: "Understanding your invoice",
    summary: "What each part of our invoice means and where to find copies.",
    category: "invoices",
    tags: ["invoice", "billing"],
    visibility: "public",
    body: `Each shipped order produces one invoice. It shows:

- your **PO number** and our order number, for matching;
- each line with SKU, quantity, your unit price and the line total;
- freight and tax as separate lines;
- the **due date**, calculated from your payment terms (for example *Net 30*: 30 days from the invoice date).

A printable invoice view is on every order page under **Print invoice**. Questions about a specific invoice? Open a ticket with the category *Invoice* and the order attached, so we see exactly which document you mean.`,
  },
  {
    slug: "payment-terms-and-methods",
    title: "Payment terms and payment methods",
    summary: "Net terms, bank transfer details and paying early.",
    category: "invoices",
    tags: ["payment", "terms", "billing"],
    visibility: "customers",
    body: `Your payment terms are agreed in your contract and shown on every invoice. Most accounts pay on **Net 30**; new accounts may start on prepaid terms.

We accept ACH and wire transfers. Please quote the invoice number as the payment reference so the payment is matched automatically. Paying several invoices at once? Send the remittance advice to our accounts receivable team via a ticket.`,
  },
  {
    slug: "credit-limit-and-orders-on-hold",
    title: "Why is my order on hold for credit?",
    summary: "Orders that would exceed your credit limit are held until credit is cleared.",
    category: "invoices",
    tags: ["credit limit", "on hold"],
    visibility: "customers",
    body: `Every account has a credit limit. When a new order plus your open, unpaid orders would exceed it, the order is placed **On hold — credit** instead of being rejected. Nothing is lost: the order keeps its place in the queue.

Our credit team reviews held orders the same working day. You can speed things up by paying overdue invoices or asking your account manager about a temporary increase. Once released, the order continues as normal and you receive a status e-mail.`,
  },
  {
    slug: "tax-exemption-certificates",
    title: "Sending a tax exemption certificate",
    summary: "How to stop sales tax being charged on exempt purchases.",
    category: "invoices",
    tags: ["tax", "exemption"],
    visibility: "public",
    body: `If your purchases are exempt from sales tax (for example for resale or manufacturing use), send us a valid exemption certificate for each ship-to state. Attach the PDF to a ticket with the category *Account*. Once recorded, new orders are invoiced without tax; we cannot refund tax on invoices issued before the certificate was received.`,
  },
  {
    slug: "delivery-times",
    title: "Delivery times and cut-off times",
    summary: "Orders confirmed before 3 pm ship the same working day from stock.",
    category: "shipping",
    tags: ["delivery", "shipping", "lead time"],
    visibility: "public",
    body: `In-stock items on orders confirmed before **3 pm Eastern** on a working day ship the same day. Standard ground delivery takes 1–3 working days in the continental US.

Items marked **Low stock** may ship in part; items **Out of stock** show their lead time on the product page. If you entered a requested delivery date, we hold the shipment so it arrives on that date.`,
  },
  {
    slug: "tracking-your-shipment",
    title: "Tracking your shipment",
    summary: "Carrier and tracking number are on the order page as soon as it ships.",
    category: "shipping",
    tags: ["tracking", "shipping", "carrier"],
    visibility: "public",
    body: `When an order ships you receive an e-mail with the carrier and the tracking number. The same details are on the order page under **Shipments**, with a link to the carrier's tracking page. Large orders may ship in several parcels or on a pallet; each shipment is listed separately.

Tracking usually becomes active within a few hours of the shipping e-mail.`,
  },
  {
    slug: "damaged-or-missing-items",
    title: "Damaged or missing items in a delivery",
    summary: "Note damage on the delivery receipt and report it within 5 working days.",
    category: "shipping",
    tags: ["damage", "missing", "delivery"],
    visibility: "public",
    body: `If a delivery arrives damaged:

1. Note the damage on the carrier's delivery receipt before signing.
2. Take photos of the packaging and the damaged goods.
3. Open a ticket within **5 working days**, choose the order and the affected line, and attach the photos.

For missing items, check the packing slip first: some lines may ship separately and are marked *to follow*. We replace or credit damaged and missing goods at no cost once confirmed.`,
  },
  {
    slug: "pallet-deliveries",
    title: "Pallet and freight deliveries",
    summary: "What to expect when your order ships on a pallet.",
    category: "shipping",
    tags: ["freight", "pallet", "delivery"],
    visibility: "public",
    body: `Orders above 70 kg or with bulky items ship by LTL freight on a pallet. The carrier calls ahead to book a delivery window. Please make sure someone can receive the pallet and that a dock or a tail-lift delivery is possible; tell us in the order notes if you need a tail lift or have restricted access hours.`,
  },
  {
    slug: "returns-policy",
    title: "Returns policy",
    summary: "Unused stock items can be returned within 30 days for a credit.",
    category: "returns",
    tags: ["returns", "credit note"],
    visibility: "public",
    body: `You can return unused items in their original packaging within **30 days** of delivery. Open a ticket with the category *Returns*, choose the order and lines, and tell us why. We send a return authorisation (RMA) number and a prepaid label where the return is our fault.

Special-order items, cut-to-length hose and cable, chemicals that have been opened, and personal protective equipment that has been used cannot be returned. A credit note is issued within 5 working days after the goods arrive back.`,
  },
  {
    slug: "warranty-claims",
    title: "Making a warranty claim",
    summary: "What we need to assess a warranty claim quickly.",
    category: "returns",
    tags: ["warranty", "claims"],
    visibility: "public",
    body: `Most products carry a 12-month warranty against manufacturing defects. To claim, open a ticket with:

- the order and line the product came from;
- a description of the failure and the operating conditions (load, speed, temperature, media);
- photos, and where possible the failed part kept for inspection.

We may ask you to return the part for analysis. Failures caused by incorrect installation, overload or missing maintenance are not covered, but we will still help you find the cause.`,
  },
  {
    slug: "adding-colleagues-to-the-portal",
    title: "Adding colleagues to the portal",
    summary: "Account admins invite colleagues and choose their role and spending limit.",
    category: "account",
    tags: ["users", "roles", "invitations"],
    visibility: "customers",
    body: `Account admins manage who at their company uses the portal.

1. Open **Account → Users** and choose **Invite colleague**.
2. Enter their name and e-mail, choose a role (*Admin*, *Buyer* or *Requester*) and, for buyers, an optional spending limit.
3. They receive an e-mail invitation to set their password.

Admins can change roles or remove access at any time; removing access ends the colleague's sessions immediately.`,
  },
  {
    slug: "resetting-your-password",
    title: "Resetting your password",
    summary: "Use 'Forgot password' on the sign-in page; the link works once, for one hour.",
    category: "account",
    tags: ["password", "sign in"],
    visibility: "public",
    body: `On the sign-in page choose **Forgot password?** and enter your work e-mail. If it belongs to an account, you receive a link that works **once** and expires after **one hour**. Choose a password of at least 10 characters.

After too many failed sign-ins, the portal pauses further attempts for a few minutes to protect your account; the message tells you how long to wait.`,
  },
  {
    slug: "updating-company-details",
    title: "Updating addresses and company details",
    summary: "How to add a ship-to address or change billing details.",
    category: "account",
    tags: ["addresses", "account"],
    visibility: "customers",
    body: `Shipping addresses are chosen at checkout from the addresses on your account. To add a new ship-to address or change your billing address, open a ticket with the category *Account*; for security, changes to billing details are confirmed by your account manager before they take effect.`,
  },
  {
    slug: "support-hours-and-response-times",
    title: "Support hours and response times",
    summary: "When we answer, and how fast, by contract tier and priority.",
    category: "account",
    tags: ["support", "sla", "response time"],
    visibility: "public",
    body: `Our service desk works **Monday to Friday, 8 am to 6 pm Eastern**, except US public holidays. Platinum accounts have 24×7 cover for urgent tickets.

Every ticket shows its **first response due** time as soon as it is raised. Targets depend on your contract tier and the ticket's priority; for example an urgent ticket from a Gold account is answered within 2 working hours. While we wait for information from you, the clock pauses.`,
  },
  {
    slug: "handling-urgent-tickets",
    title: "Handling urgent tickets and SLA breaches",
    summary: "Agent procedure for urgent tickets, near-breach alerts and escalation.",
    category: "support-procedures",
    tags: ["sla", "escalation", "procedure"],
    visibility: "internal",
    body: `1. Urgent tickets are picked from the **Due soon** view first, regardless of assignee.
2. Acknowledge within the first-response target even if you do not have the answer yet: say what you are doing and when the customer will hear from you next.
3. If a breach is likely, add an internal note with the blocker and notify the account manager; for Platinum accounts the account manager is alerted automatically.
4. Never set a ticket to *Pending customer* to stop the clock unless you have actually asked the customer a question.`,
  },
  {
    slug: "credit-hold-release-procedure",
    title: "Releasing orders held for credit",
    summary: "How credit holds are reviewed and released (staff only).",
    category: "support-procedures",
    tags: ["credit", "orders", "procedure"],
    visibility: "internal",
    body: `Held orders appear in the desk order list with the status *On hold — credit*.

- Check the account's exposure (open orders plus unpaid invoices) against its credit limit on the customer record.
- Overdue invoices older than 30 days: contact the customer's accounts payable before release.
- Release by moving the order to **Confirmed** with a note; the customer is e-mailed automatically.
- Temporary limit increases need the account manager's approval, recorded as a note.`,
  },
  {
    slug: "writing-good-ticket-replies",
    title: "Writing good ticket replies",
    summary: "House style for customer-facing replies.",
    category: "support-procedures",
    tags: ["style", "replies", "procedure"],
    visibility: "internal",
    body: `- Greet the requester by name and answer the question in the first sentence.
- Quote order numbers, SKUs and dates exactly; link the order rather than describing it.
- One next step per reply, with who does it and by when.
- If the answer will help others, use **Turn this reply into an article** and let the knowledge team polish it.`,
  },
];

type ProductTopic = {
  category: string;
  subject: string;
  tags: string[];
  selection: string[];
  install: string[];
  problems: [symptom: string, cause: string, fix: string][];
  storage: string[];
};

const TOPICS: ProductTopic[] = [
  {
    category: "fasteners",
    subject: "bolts and screws",
    tags: ["fasteners", "bolts", "torque"],
    selection: [
      "Match the property class to the load: 8.8 for general steelwork, 10.9 or 12.9 for high-stress machine joints.",
      "Use A2 stainless indoors and in mildly corrosive settings; choose A4 near salt water, chlorides or cleaning chemicals.",
      "Thread engagement should be at least 1 × the diameter in steel and 2 × in aluminium.",
    ],
    install: [
      "Clean threads of paint, dirt and old threadlocker.",
      "Lubricate consistently; the torque tables assume a light oil film, and dry stainless threads need about 20 % more torque.",
      "Tighten in a cross pattern in two or three passes to the specified torque with a calibrated wrench.",
      "Mark the bolt and nut with a paint stripe so loosening is visible at inspection.",
    ],
    problems: [
      ["Stainless bolts seize or gall while tightening", "cold welding of stainless on stainless at high speed", "use anti-seize compound, tighten slowly, or combine an A2 bolt with a coated nut"],
      ["Joints work loose under vibration", "insufficient preload or no locking feature", "tighten to the full torque and use nylon insert lock nuts or medium-strength threadlocker"],
      ["Bolts snap during tightening", "over-torque, often from impact wrenches or lubricated threads with dry-thread torque values", "use a click torque wrench and the torque value for lubricated threads"],
    ],
    storage: ["Store in closed boxes off the floor in a dry room.", "Keep stainless and zinc-plated parts apart to avoid contamination and galvanic staining."],
  },
  {
    category: "bearings",
    subject: "ball bearings",
    tags: ["bearings", "maintenance", "lubrication"],
    selection: [
      "Choose 2RS (rubber seals) for dirty or wet environments and ZZ (metal shields) for higher speeds and temperatures.",
      "C3 clearance suits most electric motors and applications that run warm.",
      "Check the bore, outer diameter and width on the old bearing; the number printed on it (for example 6204) gives all three.",
    ],
    install: [
      "Keep the bearing in its packaging until the moment you fit it.",
      "Press only on the ring that is the interference fit: the inner ring on a shaft, the outer ring in a housing.",
      "For larger bearings, heat to at most 110 °C with an induction heater; never use a naked flame.",
      "Turn the shaft by hand afterwards: it should rotate smoothly without tight spots.",
    ],
    problems: [
      ["The bearing runs hot", "over-greasing, wrong clearance or misalignment", "purge excess grease, check alignment, and use C3 clearance where the shaft runs warm"],
      ["A growling or rumbling noise", "contamination or brinelling from impact during fitting", "replace the bearing and fit it with a proper fitting tool"],
      ["Grease leaking from the seals", "too much grease or operating temperature above the grease's range", "re-grease with the specified quantity and a high-temperature grease"],
    ],
    storage: ["Store flat in the original packaging at 10–30 °C and below 60 % relative humidity.", "Use the oldest stock first; sealed bearings keep for about three years."],
  },
  {
    category: "hydraulics",
    subject: "hydraulic hoses and fittings",
    tags: ["hydraulics", "hoses", "fittings"],
    selection: [
      "The hose's working pressure must be at least the system's maximum pressure, including pressure peaks.",
      "Size the hose for flow: a bore that is too small heats the oil and wastes energy.",
      "Use fittings from the same system (crimp style and ferrule) as the hose; mixing brands voids the pressure rating.",
    ],
    install: [
      "Cut the hose square with a proper hose saw and clean the bore before crimping.",
      "Crimp to the diameter in the crimp chart and measure it with calipers.",
      "Route the hose without twisting, respect the minimum bend radius, and leave slack for movement.",
      "Flush the assembly and pressure-test at the working pressure before use.",
    ],
    problems: [
      ["A hose bursts near the fitting", "bending too close to the fitting or a crimp out of tolerance", "add an elbow fitting to relieve the bend and check the crimp diameter"],
      ["Fittings weep oil", "damaged sealing faces or the wrong thread form (JIC versus BSP)", "identify the thread with a gauge and replace the seal or the fitting"],
      ["The outer cover is worn through", "abrasion against structures", "re-route the hose and fit a protective sleeve"],
    ],
    storage: ["Store hoses coiled loosely, away from sunlight, ozone sources and heat.", "Cap fittings and hose ends to keep dirt out of the system."],
  },
  {
    category: "pneumatics",
    subject: "pneumatic fittings and tubing",
    tags: ["pneumatics", "compressed air", "fittings"],
    selection: [
      "Match the fitting's tube size exactly to the tubing's outer diameter.",
      "Polyurethane tubing is flexible for moving machine parts; nylon is stiffer and handles higher pressure and temperature.",
      "Use nickel-plated brass indoors and stainless fittings in washdown areas.",
    ],
    install: [
      "Cut the tube square with a tube cutter; a slanted cut leaks.",
      "Push the tube in firmly past the O-ring until it stops, then pull back to check it is held.",
      "To release, press the collet evenly and pull the tube out.",
      "Tighten threaded fittings by hand and then a quarter turn with a spanner; thread sealant is pre-applied.",
    ],
    problems: [
      ["Air leaks at a push-in fitting", "a scored or slanted tube end, or a tube of the wrong size", "re-cut the tube square and check the outer diameter"],
      ["The tube pops out under pressure", "the tube was not pushed in far enough or the collet is worn", "insert the tube fully; replace the fitting if the collet no longer grips"],
      ["A cylinder moves jerkily", "insufficient air supply or a sticking seal", "check the regulator setting and flow, and lubricate with the FRL unit"],
    ],
    storage: ["Store tubing in its box away from UV light.", "Keep fittings in closed bags to keep dust out of the collets."],
  },
  {
    category: "electrical",
    subject: "circuit breakers and contactors",
    tags: ["electrical", "circuit breakers", "contactors"],
    selection: [
      "Choose B-curve breakers for resistive loads and lighting, C-curve for motors and transformers with inrush current.",
      "Size contactors by AC-3 current for motor switching, not by the motor's nameplate power alone.",
      "Check the coil voltage (for example 24 V DC) against your control circuit before ordering.",
    ],
    install: [
      "Isolate and lock out the supply before working on the panel.",
      "Snap the device onto a 35 mm DIN rail and torque the terminals to the value printed on the device.",
      "Use ferrules on stranded conductors.",
      "Test the installation and label each circuit before energising.",
    ],
    problems: [
      ["A breaker trips when the motor starts", "inrush current above the B-curve threshold", "use a C-curve breaker of the same rating, after checking the cable size"],
      ["A contactor chatters", "low or unstable coil voltage", "measure the coil voltage under load and check the control power supply"],
      ["Terminals discolour", "loose connections heating up", "isolate, re-terminate with ferrules and torque to specification"],
    ],
    storage: ["Store devices in their boxes in a dry place.", "Do not fit devices that have been dropped: internal mechanisms may be damaged."],
  },
  {
    category: "safety",
    subject: "gloves and eye protection",
    tags: ["safety", "ppe", "gloves"],
    selection: [
      "Choose the cut level (EN 388 A–F) from the risk assessment: level B for general handling, level D or higher for sheet metal and glass.",
      "Nitrile disposables protect against splashes, not immersion; use chemical gauntlets for immersion.",
      "Safety glasses must be marked EN 166 or ANSI Z87.1+; use indoor/outdoor lenses for people moving between the two.",
    ],
    install: [
      "Measure hand circumference to pick the right glove size; gloves that are too big reduce grip.",
      "Train staff to inspect gloves for cuts and punctures before each use.",
      "Adjust glasses so they sit close to the face without gaps at the sides.",
      "Set up dispensing points close to the workstations where PPE is needed.",
    ],
    problems: [
      ["Glasses fog up", "temperature changes or a poor fit", "choose anti-fog coated lenses and check the fit"],
      ["Gloves wear out quickly", "a coating not suited to the task (for example oily parts)", "switch to a nitrile-foam coating for oily handling"],
      ["Staff do not wear hearing protection", "discomfort", "offer several styles and sizes and train correct insertion of foam plugs"],
    ],
    storage: ["Keep PPE away from direct sunlight and solvents.", "Disposable gloves keep for five years unopened; rotate stock first-in, first-out."],
  },
  {
    category: "tools",
    subject: "torque wrenches and cutting tools",
    tags: ["tools", "torque wrench", "calibration"],
    selection: [
      "Use a torque wrench in the middle of its range: accuracy is best between 20 % and 100 % of full scale.",
      "Cobalt drills (HSS-Co) are made for stainless steel; plain HSS is enough for mild steel and aluminium.",
      "Use thin 1 mm discs for fast, cool cuts in sheet and tube.",
    ],
    install: [
      "Set the torque, pull the handle smoothly at a right angle, and stop at the click.",
      "Always wind a click torque wrench back to its lowest setting after use.",
      "Fit cutting discs with the correct flanges and check the maximum speed printed on the disc against the grinder.",
      "Use cutting fluid when drilling steel to extend drill life.",
    ],
    problems: [
      ["Torque readings are inconsistent", "the wrench is overdue for calibration or stored under tension", "send it for calibration every 5,000 cycles or 12 months"],
      ["Drill bits blunt quickly in stainless", "speed too high and feed too low, which work-hardens the material", "reduce speed, increase feed and use cutting fluid"],
      ["Discs wear unusually fast", "excess pressure or the wrong disc for the material", "let the disc do the work and use inox discs for stainless"],
    ],
    storage: ["Store torque wrenches in their cases at the lowest setting.", "Store abrasive discs flat, dry and frost-free; they have a use-by date printed on the centre ring."],
  },
  {
    category: "lubricants",
    subject: "greases and threadlockers",
    tags: ["lubrication", "grease", "threadlocker"],
    selection: [
      "NLGI 2 lithium-complex grease suits most bearings; choose EP moly grease for shock loads.",
      "Food-processing plants must use H1-registered lubricants where incidental food contact is possible.",
      "Medium-strength (blue) threadlocker can be removed with hand tools; high-strength (red) needs heat.",
    ],
    install: [
      "Clean fittings before greasing so dirt is not pumped into the bearing.",
      "Apply the quantity from the maintenance plan; more grease is not better.",
      "Apply threadlocker to the bolt threads where the nut will sit, not the whole length.",
      "Allow threadlocker to cure before loading the joint: 10 minutes to handle, 24 hours for full strength.",
    ],
    problems: [
      ["Grease separates into oil and soap", "incompatible greases mixed, or long storage", "purge old grease completely when changing type"],
      ["Threadlocker does not cure", "inactive metal such as stainless or plated parts", "use an activator primer or a grade made for passive metals"],
      ["Cutting fluid smells", "bacterial growth in the sump", "clean the sump, correct the concentration and add biocide as directed"],
    ],
    storage: ["Store between 5 and 30 °C, containers closed, out of sunlight.", "Threadlockers keep 24 months unopened; the date is on the bottle."],
  },
  {
    category: "packaging",
    subject: "stretch film and cartons",
    tags: ["packaging", "stretch film", "shipping"],
    selection: [
      "17 µm hand film handles light, even loads; use 23 µm for heavy or sharp-edged loads.",
      "Double-wall 32 ECT cartons suit parcels up to 30 kg.",
      "Use printed tape for fragile goods so handlers see the warning.",
    ],
    install: [
      "Tie the film to a pallet corner, then wrap the base at least three times to lock the load to the pallet.",
      "Overlap each turn by 50 % going up and down.",
      "Tape cartons with an H pattern: along the centre seam and across both edges.",
      "Fill voids so the contents cannot move.",
    ],
    problems: [
      ["The film tears while wrapping", "sharp corners or too much pre-stretch", "use corner boards and reduce the tension"],
      ["Loads shift in transit", "too few base wraps", "add base wraps and a top sheet"],
      ["Cartons collapse when stacked", "cartons stored in damp conditions", "store cartons dry and stack corner to corner"],
    ],
    storage: ["Store film in its box away from heat and sunlight.", "Keep flat cartons dry and off the floor."],
  },
  {
    category: "cleaning",
    subject: "absorbents and spill kits",
    tags: ["spill control", "absorbents", "environment"],
    selection: [
      "Oil-only (white) absorbents repel water and are for oil spills outdoors or on wet floors.",
      "Universal (grey) absorbents take oil, coolants and water-based liquids.",
      "Chemical (yellow) absorbents are for acids, alkalis and unknown liquids.",
    ],
    install: [
      "Place spill kits within 15 metres of where liquids are stored or transferred.",
      "Mount the instruction card where it can be read at a glance.",
      "Train staff: stop the source, contain the spill with socks, absorb with pads, and bag the waste.",
      "Restock the kit immediately after each use.",
    ],
    problems: [
      ["Pads leave the spill behind", "the wrong absorbent type for the liquid", "use oil-only pads for oil on water and universal pads for coolants"],
      ["Kits are empty when needed", "not restocked after use", "add spill kits to the monthly safety inspection"],
      ["Used absorbents are not accepted as waste", "mixed waste streams", "bag absorbents by liquid type and label them for the waste contractor"],
    ],
    storage: ["Keep absorbents dry; wet pads lose capacity.", "Store chemical absorbents away from the chemicals they protect against."],
  },
];

function listLines(items: string[], ordered = false): string {
  return items.map((item, i) => (ordered ? `${i + 1}. ${item}` : `- ${item}`)).join("\n");
}

function productArticles(topic: ProductTopic, categoryName: string): ArticleSeed[] {
  const s = topic.subject;
  const slugBase = topic.category;
  return [
    {
      slug: `choosing-${slugBase}`,
      title: `Choosing the right ${s}`,
      summary: `What to check before ordering ${s}: the three questions we are asked most.`,
      category: "product-care",
      tags: [...topic.tags, "selection"],
      visibility: "public",
      body: `Picking the right ${s} the first time saves a return and a second delivery. These are the points our application engineers check for customers:

${listLines(topic.selection)}

Still unsure? Open a ticket with the category *Product question*, tell us the application, and an engineer will recommend a part number. You can find the whole range under **Catalog → ${categoryName}**.`,
    },
    {
      slug: `installing-${slugBase}`,
      title: `Installing ${s} correctly`,
      summary: `Step-by-step installation of ${s}, and the mistakes that shorten their life.`,
      category: "installation",
      tags: [...topic.tags, "installation"],
      visibility: "public",
      body: `Most early failures of ${s} come from installation, not from the product. Follow these steps:

${listLines(topic.install, true)}

Keep the product's data sheet at hand: the values printed there take precedence over general guidance.`,
    },
    {
      slug: `troubleshooting-${slugBase}`,
      title: `Troubleshooting ${s}`,
      summary: `Common problems with ${s}: symptom, likely cause and fix.`,
      category: "troubleshooting",
      tags: [...topic.tags, "troubleshooting"],
      visibility: "public",
      body: `${topic.problems
        .map(([symptom, cause, fix]) => `## ${symptom}\n**Likely cause:** ${cause}.\n\n**Fix:** ${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`)
        .join("\n\n")}

If the problem continues after these checks, open a ticket and link the order the parts came from, so we can check the batch.`,
    },
    {
      slug: `storing-${slugBase}`,
      title: `Storage and shelf life of ${s}`,
      summary: `How to store ${s} so they perform as new when you fit them.`,
      category: "product-care",
      tags: [...topic.tags, "storage"],
      visibility: "customers",
      body: `Correct storage keeps ${s} within specification until they are used:

${listLines(topic.storage)}

Rotate stock first-in, first-out: our packing slips show the batch, so you can trace any part back to its delivery.`,
    },
  ];
}

/** Sixty-odd articles: the general ones above and four per product family. */
export function buildArticles(categoryNames: Record<string, string>): ArticleSeed[] {
  return [...general, ...TOPICS.flatMap((topic) => productArticles(topic, categoryNames[topic.category] ?? topic.category))];
}
